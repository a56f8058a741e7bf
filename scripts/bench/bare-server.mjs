// A bare Node http server sending one file's bytes from memory: what Node
// itself manages on this machine, without Next, headers or the cache.
// Usage: node scripts/bench/bare-server.mjs <file> <port>
import fs from "node:fs";
import http from "node:http";
const [file, port] = process.argv.slice(2);
const body = fs.readFileSync(file);
http
  .createServer((req, res) => {
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end(body);
  })
  .listen(Number(port), "127.0.0.1");
