// Live progress of a background job (evaluation run, list import, collection batch).
// <div data-job-status-url="/…/status" [data-job-on-done="reload"]> with, inside:
//   <progress data-job-bar max="…" value="…">   the bar (value/max from the status: no inline style needed)
//   [data-job-text]                              the Chinese status text ("正在计算第 3/16 个记录分区…")
//   [data-job-state]                             the short state name (排队中 / 正在读取文件 / 已完成 / 失败（…）)
//   [data-job-count="rowsRead"]                  a number from the status's "counts"
//   a[data-job-result] (hidden)                  shown with the status's resultUrl when the job is done
// The status endpoint answers { state, stateName, text, done, value, max, counts, resultUrl }. The page polls every
// 1.5 s while the job runs, backs off (up to 30 s) after failed polls, and stops when the job is done.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("[data-job-status-url]").forEach((panel) => {
    const url = panel.getAttribute("data-job-status-url");
    if (!url) {
      return;
    }
    const bar = panel.querySelector("[data-job-bar]");
    const text = panel.querySelector("[data-job-text]");
    const state = panel.querySelector("[data-job-state]");
    const result = panel.querySelector("[data-job-result]");
    const interval = 1500;
    let delay = interval;
    const number = (value) => Number(value).toLocaleString("zh-CN");
    const show = (s) => {
      if (bar && typeof s.max === "number" && s.max > 0) {
        bar.max = s.max;
        bar.value = Math.max(0, Math.min(s.max, s.value ?? 0));
        bar.textContent = `${Math.round((100 * bar.value) / s.max)}%`;
      }
      if (text && typeof s.text === "string") text.textContent = s.text;
      if (state && typeof s.stateName === "string") state.textContent = s.stateName;
      panel.setAttribute("data-job-current", s.state ?? "");
      if (s.counts) {
        panel.querySelectorAll("[data-job-count]").forEach((el) => {
          const value = s.counts[el.getAttribute("data-job-count")];
          if (value !== undefined && value !== null) el.textContent = number(value);
        });
      }
    };
    const poll = async () => {
      try {
        const response = await fetch(url, { headers: { Accept: "application/json" }, cache: "no-store" });
        if (!response.ok) {
          throw new Error(`HTTP ${response.status}`);
        }
        const s = await response.json();
        show(s);
        delay = interval;
        if (s.done) {
          panel.setAttribute("data-job-done", "true");
          if (panel.getAttribute("data-job-on-done") === "reload") {
            window.location.reload();
            return;
          }
          if (result && s.resultUrl) {
            result.href = s.resultUrl;
            result.hidden = false;
            result.classList.remove("d-none");
          }
          return;
        }
      } catch {
        // A missed poll (network, server restart) is harmless: try again, less often each time.
        delay = Math.min(delay * 2, 30000);
      }
      window.setTimeout(poll, delay);
    };
    window.setTimeout(poll, 1000);
  });
});
