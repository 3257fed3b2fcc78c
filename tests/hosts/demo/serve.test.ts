import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { createStaticServer, resolveRequest } from "../../../scripts/serve";

/** The demo's static server: its own folder only, the right types, no listing. */

let dir: string;
let root: string;
let server: Server;
let port: number;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "grille-serve-"));
  root = path.join(dir, "site");
  mkdirSync(path.join(root, "assets"), { recursive: true });
  mkdirSync(path.join(root, "empty"));
  writeFileSync(path.join(root, "index.html"), "<!doctype html><title>Démo</title>");
  writeFileSync(path.join(root, "demo.1a2b3c4d.js"), "console.log(1)");
  writeFileSync(path.join(root, "assets", "icon-32.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(path.join(dir, "secret.txt"), "secret");
  symlinkSync(path.join(dir, "secret.txt"), path.join(root, "link.txt"));
  server = createStaticServer(root);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

/** A raw request: the path is sent as written (fetch would normalise « .. » away). */
function get(pathname: string, method = "GET"): Promise<{ status: number; type: string | undefined; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: pathname, method }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: res.headers["content-type"], headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

it("serves index.html at / with its content type and a policy allowing only its own files", async () => {
  const res = await get("/");
  expect(res.status).toBe(200);
  expect(res.type).toBe("text/html; charset=utf-8");
  expect(res.body).toContain("Démo");
  expect(res.headers["content-security-policy"]).toContain("default-src 'self'");
  expect(res.headers["cache-control"]).toBe("no-cache");
});

it("serves scripts and images with their types, hashed bundles cached for good", async () => {
  const js = await get("/demo.1a2b3c4d.js?v=1");
  expect([js.status, js.type, js.headers["cache-control"]]).toEqual([200, "text/javascript; charset=utf-8", "public, max-age=31536000, immutable"]);
  expect((await get("/assets/icon-32.png")).type).toBe("image/png");
  const head = await get("/index.html", "HEAD");
  expect([head.status, head.body]).toEqual([200, ""]);
});

it.each(["/../secret.txt", "/..%2fsecret.txt", "/assets/..%2f..%2fsecret.txt", "/%2e%2e/secret.txt", "/link.txt", "/empty/", "/assets", "/nope.js", "/%E0%A4%A"])(
  "answers 404 to %s, never a file outside the folder nor a listing",
  async (pathname) => {
    const res = await get(pathname);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain("secret");
    expect(res.body).not.toContain("icon-32");
  },
);

it("refuses anything but GET and HEAD", async () => {
  const res = await get("/", "POST");
  expect(res.status).toBe(405);
  expect(res.headers["allow"]).toBe("GET, HEAD");
});

it("resolves request paths inside the folder only", () => {
  expect(resolveRequest(root, "/")).toBe(path.join(root, "index.html"));
  expect(resolveRequest(root, "/assets/icon-32.png#x")).toBe(path.join(root, "assets", "icon-32.png"));
  expect(resolveRequest(root, "/a\0b")).toBeNull();
});
