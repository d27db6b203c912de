/** One line redrawn in place on a terminal; a line per tenth elsewhere (CI logs, pipes). */
export function createProgressBar(label: string, total: number, stream = process.stderr) {
  const started = Date.now();
  let lastTenth = -1;
  return {
    update(done: number) {
      const share = total === 0 ? 1 : done / total;
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const filled = Math.round(share * 30);
      const line = `${label} [${'#'.repeat(filled)}${'-'.repeat(30 - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ${done}/${total} ${seconds} s`;
      if (stream.isTTY) {
        stream.write(`\r${line}`);
        if (done >= total) stream.write('\n');
      } else if (Math.floor(share * 10) > lastTenth) {
        lastTenth = Math.floor(share * 10);
        stream.write(`${line}\n`);
      }
    },
  };
}
