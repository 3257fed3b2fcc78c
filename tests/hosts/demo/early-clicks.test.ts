/** @jest-environment jsdom */
import { EARLY_FOCUS_ATTRIBUTE, WAITING_ATTRIBUTE, holdEarlyClicks, releaseEarlyClicks } from "../../../src/demo/early-clicks";

/** Clicks made on the prerendered page before the pane's script has taken it over are held, then replayed. */

function page(): { button: HTMLButtonElement; label: HTMLSpanElement; box: HTMLInputElement; outside: HTMLButtonElement; clicks: string[] } {
  document.body.innerHTML = `
    <div id="root">
      <button id="recognize"><span id="label">Reconnaître la grille</span></button>
      <input id="box" type="checkbox" />
    </div>
    <button id="outside">Ailleurs</button>`;
  const clicks: string[] = [];
  for (const id of ["recognize", "box", "outside"]) document.getElementById(id)!.addEventListener("click", () => clicks.push(id));
  return {
    button: document.getElementById("recognize") as HTMLButtonElement,
    label: document.getElementById("label") as HTMLSpanElement,
    box: document.getElementById("box") as HTMLInputElement,
    outside: document.getElementById("outside") as HTMLButtonElement,
    clicks,
  };
}

afterEach(() => {
  releaseEarlyClicks(document);
  document.body.innerHTML = "";
});

it("holds a click inside the page: nothing happens at once, not even a checkbox's tick, and the page shows it waits", () => {
  const { label, box, clicks } = page();
  holdEarlyClicks(document, "root");
  label.click();
  box.click();
  expect(clicks).toEqual([]);
  expect(box.checked).toBe(false);
  expect(document.documentElement.hasAttribute(WAITING_ATTRIBUTE)).toBe(true);
});

it("replays the held clicks once released, on the control clicked (a click on its text counts for the button), each once", () => {
  const { button, label, box, clicks } = page();
  holdEarlyClicks(document, "root");
  label.click();
  button.click();
  box.click();
  expect(releaseEarlyClicks(document)).toBe(2);
  expect(clicks).toEqual(["recognize", "box"]);
  expect(box.checked).toBe(true);
  expect(document.documentElement.hasAttribute(WAITING_ATTRIBUTE)).toBe(false);
  // Released: clicks go through at once again.
  button.click();
  expect(clicks).toEqual(["recognize", "box", "recognize"]);
});

it("lets clicks outside the page through, and replays nothing on a control gone from the page", () => {
  const { button, outside, clicks } = page();
  holdEarlyClicks(document, "root");
  outside.click();
  expect(clicks).toEqual(["outside"]);
  button.click();
  button.remove();
  expect(releaseEarlyClicks(document)).toBe(0);
  expect(clicks).toEqual(["outside"]);
});

it("releases nothing when nothing was held", () => {
  page();
  expect(releaseEarlyClicks(document)).toBe(0);
});

it("keeps the focus ring of the control focused before the script ran, until it loses the focus", () => {
  const { button, box } = page();
  holdEarlyClicks(document, "root");
  button.focus();
  releaseEarlyClicks(document);
  expect(button.hasAttribute(EARLY_FOCUS_ATTRIBUTE)).toBe(true);
  box.focus();
  expect(button.hasAttribute(EARLY_FOCUS_ATTRIBUTE)).toBe(false);
  expect(box.hasAttribute(EARLY_FOCUS_ATTRIBUTE)).toBe(false);
});

it("marks no focus outside the page", () => {
  const { outside } = page();
  holdEarlyClicks(document, "root");
  outside.focus();
  releaseEarlyClicks(document);
  expect(outside.hasAttribute(EARLY_FOCUS_ATTRIBUTE)).toBe(false);
});
