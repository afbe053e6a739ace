import fs from 'node:fs';
import http from 'node:http';

// The benchmark's reference point: a plain node:http server that answers every request with the
// same bytes (the article page as the app served it) and the same content-type. Nothing is
// computed per request, so its req/s is what this machine's Node can do for that response size.
// Usage: node --import tsx bench/static-server.ts <body-file> <content-type> <port>

const [file, contentType, port] = process.argv.slice(2);
if (!file || !contentType || !port) {
  console.error('usage: static-server.ts <body-file> <content-type> <port>');
  process.exit(2);
}
const body = fs.readFileSync(file);
const headers = { 'content-type': contentType, 'content-length': String(body.length) };

const server = http.createServer((req, res) => {
  // Read (and discard) any request body, like a real server would, then answer.
  req.resume();
  res.writeHead(200, headers);
  res.end(body);
});
server.listen(Number(port), '127.0.0.1', () => console.log(`static reference serving ${body.length} bytes on 127.0.0.1:${port}`));

const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
