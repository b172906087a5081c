// Upload progress for large files: <form data-upload-progress enctype="multipart/form-data"> is sent by
// XMLHttpRequest (its fields, the antiforgery token and the file as FormData), showing a <progress> bar and the
// percentage while the file travels. The server answers a redirect as 200 with X-Upload-Redirect (the request says
// X-Upload-Progress: 1), so the browser goes there itself and a message left for the next page is not lost; any
// other answer (a 400/422 form with its messages, an error page) replaces the document. Without JavaScript the
// form posts as usual.
document.addEventListener("DOMContentLoaded", () => {
  if (!window.FormData || !window.XMLHttpRequest) {
    return;
  }
  const size = (bytes) => (bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);
  document.querySelectorAll("form[data-upload-progress]").forEach((form) => {
    let box = null;
    const panel = () => {
      if (box) {
        return box;
      }
      box = document.createElement("div");
      box.className = "upload-progress mt-3";
      box.setAttribute("role", "status");
      const bar = document.createElement("progress");
      bar.className = "w-100";
      bar.max = 100;
      bar.value = 0;
      bar.setAttribute("aria-label", "上传进度");
      const label = document.createElement("div");
      label.className = "small text-body-secondary upload-progress-text";
      box.append(bar, label);
      form.append(box);
      return box;
    };
    form.addEventListener("submit", (event) => {
      if (event.defaultPrevented || form.getAttribute("data-uploading") === "true") {
        return;
      }
      const files = Array.from(form.querySelectorAll("input[type=file]")).flatMap((input) => Array.from(input.files ?? []));
      if (files.length === 0) {
        return; // nothing to show: the form posts as usual (and the server says what is missing)
      }
      event.preventDefault();
      const data = new FormData(form);
      if (event.submitter && event.submitter.name) {
        data.append(event.submitter.name, event.submitter.value);
      }
      const buttons = form.querySelectorAll("button[type=submit], input[type=submit]");
      buttons.forEach((b) => { b.disabled = true; });
      form.setAttribute("data-uploading", "true");
      const box = panel();
      const bar = box.querySelector("progress");
      const label = box.querySelector(".upload-progress-text");
      const total = files.reduce((sum, f) => sum + f.size, 0);
      label.textContent = `正在上传 0%（0 / ${size(total)}）`;
      const xhr = new XMLHttpRequest();
      xhr.open((form.getAttribute("method") || "post").toUpperCase(), form.action);
      xhr.setRequestHeader("X-Upload-Progress", "1");
      xhr.upload.addEventListener("progress", (e) => {
        if (!e.lengthComputable) {
          return;
        }
        const percent = Math.floor((100 * e.loaded) / e.total);
        bar.value = percent;
        label.textContent = `正在上传 ${percent}%（${size(Math.min(total, e.loaded))} / ${size(total)}）`;
      });
      xhr.upload.addEventListener("load", () => {
        bar.value = 100;
        label.textContent = "上传完成（100%），服务器正在接收文件，请稍候…";
      });
      const fail = (message) => {
        form.removeAttribute("data-uploading");
        buttons.forEach((b) => { b.disabled = false; });
        label.textContent = message;
        label.classList.add("text-danger");
      };
      xhr.addEventListener("load", () => {
        const next = xhr.getResponseHeader("X-Upload-Redirect");
        if (next) {
          window.location.assign(next);
          return;
        }
        // A form shown again with its messages, or an error page: show what the server answered.
        document.open();
        document.write(xhr.responseText);
        document.close();
      });
      xhr.addEventListener("error", () => fail("上传中断，请检查网络后重新提交。"));
      xhr.addEventListener("abort", () => fail("上传已取消。"));
      xhr.send(data);
    });
  });
});
