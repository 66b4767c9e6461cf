// The running process, as the library's Host: the one place its id, platform, environment and signals are read.
import type { Host } from '../context.js';

export function processHost(): Host {
  return {
    pid: process.pid,
    platform: process.platform,
    env: process.env,
    root: typeof process.getuid === 'function' && process.getuid() === 0,
    alive(pid) {
      if (pid === process.pid) return true;
      try {
        process.kill(pid, 0);
        return true;
      } catch (e) {
        // EPERM: alive, but another user's.
        return (e as NodeJS.ErrnoException).code === 'EPERM';
      }
    },
    killGroup(pid) {
      try {
        if (process.platform === 'win32') process.kill(pid, 'SIGKILL');
        else process.kill(-pid, 'SIGKILL');
      } catch {
        // Gone already.
      }
    },
  };
}
