/**
 * Serves a built folder (the browser demo, dist-demo/ by default) on http://localhost:3000/, to this
 * machine only: `npm run demo`. PORT overrides the port. Static files only: no directory listing,
 * nothing outside the folder, and a Content-Security-Policy that lets the page load its own files
 * and nothing else.
 */
import { createReadStream, existsSync, realpathSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import path from "node:path";

export const HOST = "127.0.0.1";
export const DEFAULT_PORT = 3000;

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

/** The page may load its own files and nothing else: no CDN, no Office.js, no tracker. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy":
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
};

/** A bundle named with its content hash (demo.1a2b3c4d.js) never changes: browsers may keep it. */
const HASHED = /\.[0-9a-f]{8}\.(?:js|css)$/;

const inside = (root: string, file: string) => file === root || file.startsWith(root + path.sep);

/**
 * The file a request path names inside `root` (a folder's index.html), or null: not found, outside
 * the folder (« .. », an encoded slash, a symbolic link leading out), or a folder without index.html.
 */
export function resolveRequest(root: string, requestPath: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(requestPath.split(/[?#]/)[0] ?? "/");
  } catch {
    return null;
  }
  if (pathname.includes("\0")) return null;
  const realRoot = realpathSync(root);
  let file = path.resolve(realRoot, `.${path.posix.sep}${pathname.replace(/\\/g, "/")}`);
  if (!inside(realRoot, file) || !existsSync(file)) return null;
  if (statSync(file).isDirectory()) file = path.join(file, "index.html");
  if (!existsSync(file) || !statSync(file).isFile()) return null;
  const real = realpathSync(file);
  return inside(realRoot, real) ? real : null;
}

function send(response: ServerResponse, status: number, message: string, head: boolean, extra: Record<string, string> = {}): void {
  response.writeHead(status, { ...SECURITY_HEADERS, "Content-Type": "text/plain; charset=utf-8", ...extra });
  response.end(head ? undefined : `${status} ${message}\n`);
}

function handle(root: string, request: IncomingMessage, response: ServerResponse): void {
  const head = request.method === "HEAD";
  if (request.method !== "GET" && !head) {
    send(response, 405, "Méthode non autorisée / Method not allowed", false, { Allow: "GET, HEAD" });
    return;
  }
  const file = resolveRequest(root, request.url ?? "/");
  if (!file) {
    send(response, 404, "Introuvable / Not found", head);
    return;
  }
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    "Content-Type": type,
    "Content-Length": String(statSync(file).size),
    "Cache-Control": HASHED.test(file) ? "public, max-age=31536000, immutable" : "no-cache",
  });
  if (head) {
    response.end();
    return;
  }
  createReadStream(file)
    .on("error", () => response.destroy())
    .pipe(response);
}

/** A static server for `root`, not yet listening. */
export function createStaticServer(root: string): Server {
  const absolute = path.resolve(root);
  return createServer((request, response) => handle(absolute, request, response));
}

function main(): void {
  const root = path.resolve(process.argv[2] ?? "dist-demo");
  if (!existsSync(path.join(root, "index.html"))) {
    console.error(`Aucune page à servir dans ${root} : lancez d'abord « npm run demo:build ».`);
    console.error(`Nothing to serve in ${root}: run "npm run demo:build" first.`);
    process.exit(1);
  }
  const port = process.env.PORT ? Number(process.env.PORT) : DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT invalide / invalid PORT: ${process.env.PORT}`);
    process.exit(1);
  }
  const server = createStaticServer(root);
  server.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EADDRINUSE") {
      console.error(`Le port ${port} est déjà utilisé : essayez PORT=3001 npm run demo.`);
      console.error(`Port ${port} is already in use: try PORT=3001 npm run demo.`);
    } else {
      console.error(error.message);
    }
    process.exit(1);
  });
  server.listen(port, HOST, () => {
    const address = server.address();
    const url = `http://localhost:${typeof address === "object" && address ? address.port : port}/`;
    console.log(`Démonstration de Grille : ${url} (Ctrl+C pour arrêter)`);
    console.log(`Grille demo: ${url} (Ctrl+C to stop)`);
  });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (require.main === module) main();
