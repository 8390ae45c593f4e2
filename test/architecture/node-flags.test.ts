import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NODE_FLAGS } from '../../src/node-flags';

describe('node flags', () => {
  it('npm start runs the server with the flags the tests and benchmarks use', () => {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toBe(`npm run build --silent && node ${NODE_FLAGS.join(' ')} dist/src/main.js`);
  });
});
