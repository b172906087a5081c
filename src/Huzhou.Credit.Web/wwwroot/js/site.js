// Small progressive enhancements; every page works without them.
document.addEventListener("DOMContentLoaded", () => {
  // Confirm dangerous actions: <button data-confirm="确定吊销?">.
  document.querySelectorAll("[data-confirm]").forEach((el) => {
    el.addEventListener("click", (event) => {
      if (!window.confirm(el.getAttribute("data-confirm"))) {
        event.preventDefault();
      }
    });
  });
  // Bar widths from data attributes (inline styles are not allowed by the CSP).
  document.querySelectorAll("[data-bar-width]").forEach((el) => {
    el.style.width = `${Math.max(0, Math.min(100, Number(el.getAttribute("data-bar-width"))))}%`;
  });
});

// Job pages (batches, evaluation runs, list imports) poll their progress with job-progress.js.

// Suggestions as you type: <input data-suggest-url="/public/suggest" list="..."> fills its datalist with
// "name" options (from two characters on, 250 ms after the last key).
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("input[data-suggest-url]").forEach((input) => {
    const list = document.getElementById(input.getAttribute("list"));
    if (!list) {
      return;
    }
    let timer = 0;
    input.addEventListener("input", () => {
      window.clearTimeout(timer);
      const q = input.value.trim();
      if (q.length < 2) {
        list.replaceChildren();
        return;
      }
      timer = window.setTimeout(async () => {
        try {
          const response = await fetch(input.dataset.suggestUrl + "?q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } });
          if (!response.ok) {
            return;
          }
          const items = await response.json();
          list.replaceChildren(...items.map((item) => {
            const option = document.createElement("option");
            option.value = item.name;
            option.label = item.code;
            return option;
          }));
        } catch {
          // Suggestions are a convenience; the search itself still works.
        }
      }, 250);
    });
  });
});

// Hall terminal: back to the start after <body data-idle-seconds> without a touch, with a 15-second warning the
// visitor can dismiss; the print button prints the report view.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("[data-print]").forEach((button) => button.addEventListener("click", () => window.print()));
  const body = document.body;
  const seconds = Number(body.dataset.idleSeconds);
  const home = body.dataset.idleHome;
  if (!seconds || !home) {
    return;
  }
  const atStart = () => window.location.pathname === home && !window.location.search;
  const banner = document.getElementById("kiosk-idle");
  const counter = document.getElementById("kiosk-idle-seconds");
  const warnAt = Math.min(15, Math.floor(seconds / 2));
  let last = Date.now();
  const reset = () => {
    last = Date.now();
    if (banner) banner.hidden = true;
  };
  ["pointerdown", "keydown", "touchstart", "wheel", "input"].forEach((name) => document.addEventListener(name, reset, { passive: true }));
  document.getElementById("kiosk-idle-stay")?.addEventListener("click", reset);
  window.setInterval(() => {
    const left = seconds - Math.floor((Date.now() - last) / 1000);
    if (left <= 0) {
      if (atStart()) {
        reset();
        const input = document.getElementById("kiosk-q");
        if (input) input.value = "";
      } else {
        window.location.replace(home);
      }
      return;
    }
    if (left <= warnAt && !atStart() && banner) {
      banner.hidden = false;
      if (counter) counter.textContent = String(left);
    }
  }, 500);
  // No context menu, no drag-away of links on the terminal.
  document.addEventListener("contextmenu", (event) => event.preventDefault());
  document.addEventListener("dragstart", (event) => event.preventDefault());
});

// The upload wizard's template link follows the chosen item: <div data-template-for="itemCode"
// data-template-url="/catalogue/{code}/template?format=xlsx" data-rules-url="/catalogue/{code}"> with two links inside.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("[data-template-for]").forEach((panel) => {
    const select = document.getElementById(panel.getAttribute("data-template-for"));
    const download = panel.querySelector("#template-download");
    const rules = panel.querySelector("#template-rules");
    if (!select || !download || !rules) {
      return;
    }
    const update = () => {
      const code = encodeURIComponent(select.value);
      panel.classList.toggle("d-none", !select.value);
      download.href = panel.dataset.templateUrl.replace("{code}", code);
      rules.href = panel.dataset.rulesUrl.replace("{code}", code);
    };
    select.addEventListener("change", update);
    update();
  });
});
