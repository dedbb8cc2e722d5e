// A stand-in for a commercial monitoring system (issue 23): a separate process that pushes what it "found" to the
// platform over HTTP with its source's key, the way a real one would, and prints each answer as one JSON line.
//   node stub-monitor.mjs <base-url> <key> <batches.json>
// batches.json: an array of request bodies ({ items: [...] }), sent one after another.
import { readFileSync } from 'node:fs';

const [base, key, file] = process.argv.slice(2);
const batches = JSON.parse(readFileSync(file, 'utf8'));
for (const body of batches) {
  const res = await fetch(`${base}/intake/items`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-intake-key': key },
    body: JSON.stringify(body),
  });
  process.stdout.write(`${JSON.stringify({ status: res.status, body: await res.json() })}\n`);
}
