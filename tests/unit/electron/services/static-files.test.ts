import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStaticFile } from '../../../../electron/services/static-files';

const root = path.resolve('/srv/renderer');

describe('resolveStaticFile', () => {
  it('serves index.html for the root and files inside the folder', () => {
    expect(resolveStaticFile(root, '/')?.filePath).toBe(path.join(root, 'index.html'));
    expect(resolveStaticFile(root, '/assets/index-abc.js?x=1')).toEqual({
      filePath: path.join(root, 'assets/index-abc.js'),
      contentType: 'text/javascript; charset=utf-8',
    });
  });

  it.each(['/../secret.html', '/assets/../../etc/passwd.js', '/%2e%2e/x.html', '/..%2fx.js', '/a%5c..%5c..%5cx.js', '/x%00.html', '/%E0%A4%A.js', '/data.bin'])(
    'refuses %s',
    (url) => {
      expect(resolveStaticFile(root, url)).toBeNull();
    },
  );
});
