// Preloaded (node --require bench/usage.cjs ...) into a whole-process run: at exit, writes the process's
// peak RSS and CPU time (all its threads) as JSON to the file named by BENCH_USAGE_FILE.
/* global require, process */
'use strict';
const fs = require('node:fs');

const file = process.env.BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    const c = process.cpuUsage();
    fs.writeFileSync(
      file,
      JSON.stringify({
        maxRssMB: u.maxRSS / 1024,
        cpuMs: (c.user + c.system) / 1000,
        uptimeMs: process.uptime() * 1000,
      }),
    );
  });
}
