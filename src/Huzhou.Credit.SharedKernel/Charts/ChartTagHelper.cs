using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Huzhou.Credit.SharedKernel.Charts;

/// <summary>
/// <c>&lt;chart spec="Model.Chart" id="quality-chart" /&gt;</c> renders
/// <c>&lt;div class="chart chart-md" data-chart="{…}" role="img" aria-label="标题"&gt;&lt;/div&gt;</c>, which
/// <c>wwwroot/js/charts.js</c> draws (the page loads <c>lib/echarts/echarts.common.min.js</c> and <c>js/charts.js</c> in
/// its Scripts section). The size comes from CSS classes (no inline style: the CSP refuses it); the option is an HTML
/// attribute, which is data, never executed. Nothing is rendered for a null spec. Other attributes (id, extra classes)
/// are kept.
/// </summary>
[HtmlTargetElement("chart", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ChartTagHelper : TagHelper
{
    public ChartSpec? Spec { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (Spec is null)
        {
            output.SuppressOutput();
            return;
        }

        var extra = output.Attributes.TryGetAttribute("class", out var given) ? given.Value?.ToString() : null;
        output.Attributes.RemoveAll("class");
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.Add("class", "chart " + Spec.SizeClass + (string.IsNullOrWhiteSpace(extra) ? "" : " " + extra));
        output.Attributes.Add("data-chart", Spec.ToJson());
        if (Spec.Percent)
        {
            output.Attributes.Add("data-chart-unit", "%");
        }

        output.Attributes.Add("role", "img");
        output.Attributes.Add("aria-label", Spec.Title);
    }
}
