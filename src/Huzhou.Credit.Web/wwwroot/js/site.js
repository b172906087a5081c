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

// Batch pages poll their progress while the batch runs, then reload once to show the counts.
document.addEventListener("DOMContentLoaded", () => {
  const panel = document.querySelector("[data-progress-url]");
  const url = panel?.getAttribute("data-progress-url");
  if (!url) {
    return;
  }
  const rows = document.getElementById("batch-rows-read");
  const status = document.getElementById("batch-status-name");
  const poll = async () => {
    try {
      const response = await fetch(url, { headers: { Accept: "application/json" } });
      if (response.ok) {
        const p = await response.json();
        if (rows) rows.textContent = Number(p.rowsRead).toLocaleString("zh-CN");
        if (status) status.textContent = p.statusName;
        if (p.done) {
          window.location.reload();
          return;
        }
      }
    } catch {
      // a missed poll is harmless; try again
    }
    window.setTimeout(poll, 1500);
  };
  window.setTimeout(poll, 1000);
});

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
