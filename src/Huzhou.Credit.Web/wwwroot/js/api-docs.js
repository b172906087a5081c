// Renders the OpenAPI document as a readable reference: one card per operation with its summary, description,
// parameters, request body schema and responses. Plain DOM, text only (no HTML from the document is interpreted).
(async () => {
  const root = document.getElementById("api-docs");
  if (!root) return;
  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  let doc;
  try {
    const response = await fetch(root.dataset.openapiUrl, { headers: { Accept: "application/json" } });
    doc = await response.json();
  } catch {
    root.replaceChildren(el("div", "alert alert-danger", "接口文档读取失败，请稍后再试。"));
    return;
  }
  const resolve = (schema) => {
    const alternatives = schema?.oneOf ?? schema?.anyOf;
    if (alternatives) {
      schema = alternatives.find((a) => a.type !== "null") ?? {};
    }
    if (schema && schema.$ref) {
      const name = schema.$ref.split("/").pop();
      return { name, schema: (doc.components?.schemas ?? {})[name] ?? {} };
    }
    return { name: null, schema: schema ?? {} };
  };
  const schemaTable = (schema) => {
    const { schema: s } = resolve(schema);
    const props = s.properties ?? {};
    const table = el("table", "table table-sm mb-2");
    const head = el("tr");
    ["字段", "类型", "说明"].forEach((h) => head.appendChild(el("th", null, h)));
    table.appendChild(el("thead")).appendChild(head);
    const body = table.appendChild(el("tbody"));
    Object.entries(props).forEach(([name, p]) => {
      const row = el("tr");
      const r = resolve(p.items ?? p);
      const type = p.$ref ? r.name : Array.isArray(p.type) ? p.type.filter((t) => t !== "null").join("|") : (p.type ?? r.name ?? "");
      row.appendChild(el("td", "code", name));
      row.appendChild(el("td", "small", p.type === "array" ? `array<${r.name ?? r.schema.type ?? ""}>` : type));
      row.appendChild(el("td", "small", p.description ?? ""));
      body.appendChild(row);
    });
    return Object.keys(props).length ? table : el("p", "small text-secondary", "（无字段说明）");
  };
  root.replaceChildren(el("p", "text-secondary", doc.info?.description ?? ""));
  Object.entries(doc.paths ?? {}).forEach(([path, ops]) => {
    Object.entries(ops).forEach(([method, op]) => {
      const card = el("section", "card mb-3 api-operation");
      const header = card.appendChild(el("div", "card-header d-flex gap-2 align-items-center"));
      header.appendChild(el("span", `badge ${method === "get" ? "text-bg-primary" : "text-bg-success"}`, method.toUpperCase()));
      header.appendChild(el("span", "code fw-semibold", path));
      header.appendChild(el("span", "ms-auto", op.summary ?? ""));
      const body = card.appendChild(el("div", "card-body"));
      if (op.description) body.appendChild(el("p", null, op.description));
      if (op.parameters?.length) {
        body.appendChild(el("h3", "h6", "参数"));
        const list = body.appendChild(el("ul", "small"));
        op.parameters.forEach((p) => list.appendChild(el("li", null, `${p.name}（${p.in}${p.required ? "，必填" : ""}）`)));
      }
      const json = op.requestBody?.content?.["application/json"];
      if (json) {
        body.appendChild(el("h3", "h6", "请求体（application/json）"));
        body.appendChild(schemaTable(json.schema));
      }
      body.appendChild(el("h3", "h6", "响应"));
      const list = body.appendChild(el("ul", "small mb-0"));
      Object.entries(op.responses ?? {}).forEach(([code, r]) => list.appendChild(el("li", null, `${code} ${r.description ?? ""}`)));
      root.appendChild(card);
    });
  });
})();
