import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The global rules first: every component's module comes after them and wins a tie.
import './styles.css';
import { App } from './app';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
