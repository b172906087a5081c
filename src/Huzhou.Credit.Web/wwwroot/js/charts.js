// Draws every chart the server described (<chart spec="…"> → <div class="chart" data-chart="{ECharts option}">) with
// ECharts on a canvas; ADR 0017. The option is data in an attribute (never executed); the tooltip is rendered as rich
// text on the canvas (renderMode "richText"), because ECharts' HTML tooltip writes inline style attributes, which the
// strict CSP (style-src 'self') refuses. Sizes come from the CSS classes chart-md / chart-lg / chart-xl.
(function () {
    "use strict";
    if (typeof echarts === "undefined") {
        return;
    }

    var charts = [];

    function draw(element) {
        var option;
        try {
            option = JSON.parse(element.getAttribute("data-chart"));
        } catch (e) {
            element.textContent = "图表数据无法读取。";
            return;
        }

        var unit = element.getAttribute("data-chart-unit") || "";
        option.tooltip = option.tooltip || {};
        option.tooltip.renderMode = "richText";
        option.tooltip.valueFormatter = function (value) {
            return value === null || value === undefined || value === "-" ? "无数据" : value.toLocaleString("zh-CN") + unit;
        };
        option.textStyle = { fontFamily: "system-ui, -apple-system, \"PingFang SC\", \"Microsoft YaHei\", sans-serif" };
        var chart = echarts.init(element, null, { renderer: "canvas", locale: "ZH" });
        chart.setOption(option);
        element.setAttribute("data-chart-ready", "true");
        charts.push(chart);
    }

    document.querySelectorAll("[data-chart]").forEach(draw);

    // <a data-chart-png="chart-id" data-file-name="…png">: the chart as a PNG (the toolbox's 保存为图片 does the same).
    document.querySelectorAll("[data-chart-png]").forEach(function (link) {
        link.addEventListener("click", function (event) {
            var element = document.getElementById(link.getAttribute("data-chart-png"));
            var chart = element && echarts.getInstanceByDom(element);
            if (!chart) {
                return;
            }

            event.preventDefault();
            var download = document.createElement("a");
            download.href = chart.getDataURL({ type: "png", pixelRatio: 2, backgroundColor: "#ffffff" });
            download.download = link.getAttribute("data-file-name") || "图表.png";
            document.body.appendChild(download);
            download.click();
            download.remove();
        });
    });

    var pending = 0;
    window.addEventListener("resize", function () {
        window.clearTimeout(pending);
        pending = window.setTimeout(function () {
            charts.forEach(function (chart) { chart.resize(); });
        }, 150);
    });
})();
