/// <reference types="office-js" />
import { FakeExcel, FakeOfficeError, PAYLOAD_LIMIT } from "../../support/fake-excel";

/** The fake is only worth its discipline: these pin the Office.js behaviours the adapter's tests rely on. */

function workbook(): FakeExcel {
  const fake = new FakeExcel();
  fake.addSheet("Alice").set("A1", "Nom").set("B2", 12);
  return fake;
}

const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error instanceof FakeOfficeError ? error.code : String(error);
  }
  return "no error";
};

describe("the fake Excel context", () => {
  it("refuses to give a property that was not loaded, or loaded but not synced", async () => {
    const context = workbook().context();
    const range = context.workbook.worksheets.getItem("Alice").getRange("A1:B2");
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    range.load("values");
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    await context.sync();
    expect(range.values).toEqual([
      ["Nom", ""],
      ["", 12],
    ]);
    expect(() => range.formulas).toThrow(/PropertyNotLoaded/);
  });

  it("knows whether an OrNullObject is null only after a sync", async () => {
    const fake = workbook();
    fake.addSheet("Vide");
    const context = fake.context();
    const empty = context.workbook.worksheets.getItem("Vide").getUsedRangeOrNullObject(true).load("values");
    expect(() => empty.isNullObject).toThrow(/PropertyNotLoaded/);
    await context.sync();
    expect(empty.isNullObject).toBe(true);
    expect(() => empty.values).toThrow(/null object/);
  });

  it("writes only at sync, in order, and keeps what ran before an error", async () => {
    const fake = workbook();
    const context = fake.context();
    const sheet = context.workbook.worksheets.getItem("Alice");
    sheet.getRange("C3").values = [["écrit"]];
    expect(fake.sheet("Alice").valueAt("C3")).toBeNull();
    context.trace("sheet:Bob");
    context.workbook.worksheets.getItem("Bob").getRange("A1").values = [["jamais"]];
    sheet.getRange("C4").values = [["jamais non plus"]];
    const error = await context.sync().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "ItemNotFound", traceMessages: ["sheet:Bob"] });
    expect(fake.sheet("Alice").valueAt("C3")).toBe("écrit");
    expect(fake.sheet("Alice").valueAt("C4")).toBeNull();
    expect(fake.syncCount).toBe(1);
  });

  it("types inputs as Excel does: formulas, numbers, booleans, and text after an apostrophe", async () => {
    const fake = workbook();
    const context = fake.context();
    context.workbook.worksheets.getItem("Alice").getRange("A5:E5").values = [["=SUM(B2)", "0123", "TRUE", "'0123", "texte"]];
    await context.sync();
    const sheet = fake.sheet("Alice");
    expect(sheet.at("A5")?.formula).toBe("=SUM(B2)");
    expect(["B5", "C5", "D5", "E5"].map((a) => sheet.valueAt(a))).toEqual([123, true, "0123", "texte"]);
  });

  it("refuses writes on a protected sheet, batches during a cell edit, requests and responses over 5 MB", async () => {
    const fake = workbook();
    fake.sheet("Alice").protected = true;
    let context = fake.context();
    context.workbook.worksheets.getItem("Alice").getRange("A1").values = [["x"]];
    expect(await codeOf(context.sync())).toBe("AccessDenied");

    fake.sheet("Alice").protected = false;
    fake.editMode = true;
    context = fake.context();
    context.workbook.worksheets.getItem("Alice").load("name");
    expect(await codeOf(context.sync())).toBe("InvalidOperationInCellEditMode");
    context = fake.context({ delayForCellEdit: true });
    context.workbook.worksheets.getItem("Alice").load("name");
    expect(await codeOf(context.sync())).toBe("no error");

    context = fake.context();
    const big = "x".repeat(30_000);
    context.workbook.worksheets.getItem("Alice").getRange("A1:A200").values = Array.from({ length: 200 }, () => [big]);
    expect(await codeOf(context.sync())).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.syncs.at(-1)!.requestBytes).toBeGreaterThan(PAYLOAD_LIMIT);

    const sheet = fake.sheet("Alice");
    for (let r = 0; r < 200; r++) sheet.touch(r, 0).value = big;
    context = fake.context();
    context.workbook.worksheets.getItem("Alice").getRange("A1:A200").load("values");
    expect(await codeOf(context.sync())).toBe("ResponsePayloadSizeLimitExceeded");
  });

  it("fails on APIs above its version", async () => {
    const fake = workbook();
    fake.apiVersion = "1.7";
    const context = fake.context();
    context.workbook.worksheets.getItem("Alice").getRange().getMergedAreasOrNullObject().load("address");
    expect(await codeOf(context.sync())).toBe("ApiNotFound");
  });
});
