// Lectern prints with the system's Chromium (Debian: apt-get install chromium); Puppeteer's own
// browser download cannot reach its host on offline or locked-down machines, so it is skipped when a
// system browser exists. Set LECTERN_DOWNLOAD_BROWSER=1 to let Puppeteer fetch its own instead.
const fs = require('node:fs');
const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable']
  .some((p) => fs.existsSync(p));
module.exports = {
  skipDownload: process.env.LECTERN_DOWNLOAD_BROWSER === '1' ? false : system || !!process.env.PUPPETEER_EXECUTABLE_PATH,
};
