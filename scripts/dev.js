// `npm run dev`: the API server restarted on every change (tsx watch) and the
// web app with hot reload (Vite dev server, proxying /api to the API).
import { spawn } from 'node:child_process';

const children = [
  spawn('npx', ['tsx', 'watch', '--clear-screen=false', 'bin/parcours.js', 'serve'], {
    stdio: 'inherit',
  }),
  spawn('npx', ['vite', '--config', 'src/web/vite.config.ts'], { stdio: 'inherit' }),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', stop);
