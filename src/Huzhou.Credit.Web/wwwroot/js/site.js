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
