// CPU seconds of every thread of a command's process tree, by thread id (bench/clean/README.md,
// branch `runspeed`): /proc/PID/task/*/stat is sampled every 100 ms and the last value of each
// thread kept (worker threads are gone by the time the process exits). Plain JavaScript, no repo
// imports. Threads are all named "node": the JS threads are the ones with the most CPU (main =
// the pid itself); the four with ~equal small shares are V8's platform threads (GC, background JIT).
//
//   node bench/clean/thread-cpu.mjs node packages/cli/bin/silkloom.js clean --in FILE --src zh-Hans --tgt en --out K --rejected R --workers 2 --quiet
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
const [cmd, ...args] = process.argv.slice(2);
const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'], env: process.env });
const last = new Map(); // pid/tid -> {name, cpu}
const hz = 100;
const kids = (pid) => { try { return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number); } catch { return []; } };
function sample() {
  const pids = [child.pid]; for (let i = 0; i < pids.length; i++) pids.push(...kids(pids[i]));
  for (const pid of pids) {
    let tids = []; try { tids = readdirSync(`/proc/${pid}/task`); } catch { continue; }
    for (const tid of tids) {
      try {
        const s = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const name = s.slice(s.indexOf('(') + 1, s.lastIndexOf(')'));
        const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
        last.set(`${pid}/${tid}`, { name: tid == pid ? `main(${name})` : name, cpu: (Number(f[11]) + Number(f[12])) / hz });
      } catch {}
    }
  }
}
const timer = setInterval(sample, 100);
const t0 = Date.now();
child.on('exit', () => {
  clearInterval(timer);
  const groups = new Map(); let total = 0;
  for (const [k, v] of last) { const key = `${k} ${v.name}`; groups.set(key, (groups.get(key) || 0) + v.cpu); total += v.cpu; }
  for (const [k, v] of [...groups].sort((a, b) => b[1] - a[1])) if (v > 0.05) console.log(v.toFixed(2).padStart(7), k);
  console.log(total.toFixed(2).padStart(7), 'total; wall', ((Date.now() - t0) / 1000).toFixed(1));
});
