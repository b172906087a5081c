// Copies the files the pages use from node_modules into wwwroot/lib (ignored by git).
import { cpSync, mkdirSync, rmSync } from "node:fs";

const copies = [
  ["node_modules/bootstrap/dist/css/bootstrap.min.css", "wwwroot/lib/bootstrap/css/bootstrap.min.css"],
  ["node_modules/bootstrap/dist/css/bootstrap.min.css.map", "wwwroot/lib/bootstrap/css/bootstrap.min.css.map"],
  ["node_modules/bootstrap/dist/js/bootstrap.bundle.min.js", "wwwroot/lib/bootstrap/js/bootstrap.bundle.min.js"],
  ["node_modules/bootstrap/dist/js/bootstrap.bundle.min.js.map", "wwwroot/lib/bootstrap/js/bootstrap.bundle.min.js.map"],
  ["node_modules/bootstrap-icons/font/bootstrap-icons.min.css", "wwwroot/lib/bootstrap-icons/bootstrap-icons.min.css"],
  ["node_modules/bootstrap-icons/font/fonts", "wwwroot/lib/bootstrap-icons/fonts"],
  // The verifier's QR decoder where the browser has no BarcodeDetector (iPhone Safari, Firefox): /integrity/verify.
  ["node_modules/jsqr/dist/jsQR.js", "wwwroot/lib/jsqr/jsQR.js"],
  ["node_modules/jsqr/LICENSE", "wwwroot/lib/jsqr/LICENSE"],
  // Charts on the statistics pages (wwwroot/js/charts.js draws them; ADR 0017): the "common" build has line, bar, pie,
  // tooltip, legend and the toolbox's 保存为图片.
  ["node_modules/echarts/dist/echarts.common.min.js", "wwwroot/lib/echarts/echarts.common.min.js"],
  ["node_modules/echarts/LICENSE", "wwwroot/lib/echarts/LICENSE"],
  ["node_modules/echarts/NOTICE", "wwwroot/lib/echarts/NOTICE"],
];

rmSync("wwwroot/lib", { recursive: true, force: true });
for (const [from, to] of copies) {
  mkdirSync(to.substring(0, to.lastIndexOf("/")), { recursive: true });
  cpSync(from, to, { recursive: true });
}
console.log(`copied ${copies.length} front-end assets into wwwroot/lib`);
