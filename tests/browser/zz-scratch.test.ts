import { screenshot, startDemo } from "./harness";
jest.setTimeout(200_000);
it("shots", async () => {
  const demo = await startDemo();
  const o = await demo.open("?exemple=ccf&lang=fr", { viewport: { width: 1280, height: 4200 } });
  const pane = o.page.getByTestId("pane");
  await pane.getByRole("button", { name: "Reconnaître la grille", exact: true }).click();
  await pane.getByRole("button", { name: "Créer une grille à partir de cette feuille" }).click();
  await pane.getByTestId("learn-items").waitFor();
  const box = (await pane.boundingBox())!;
  for (let i = 0; i < 4; i++) {
    await o.page.screenshot({ path: `tests/artifacts/zz-${i}.png`, clip: { x: box.x, y: box.y + i * 1000, width: 320, height: 1000 } });
  }
  await o.close(); await demo.close();
});
