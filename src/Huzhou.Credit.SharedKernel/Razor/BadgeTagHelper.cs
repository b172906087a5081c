using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Huzhou.Credit.SharedKernel.Razor;

/// <summary>
/// A status pill: <c>&lt;badge tone="Active"&gt;有效&lt;/badge&gt;</c> renders <c>&lt;span class="badge badge-status-active"&gt;有效&lt;/span&gt;</c>.
/// <c>active="@(bool)"</c> is the common in-force/ended pair (Active or Inactive). Other attributes (id, title, extra
/// classes such as <c>fs-6</c> or <c>border</c>) are kept, the extra classes after the tone's.
/// </summary>
[HtmlTargetElement("badge")]
public sealed class BadgeTagHelper : TagHelper
{
    public BadgeTone Tone { get; set; } = BadgeTone.Light;

    /// <summary>When set, decides the tone: <see cref="BadgeTone.Active"/> when true, <see cref="BadgeTone.Inactive"/> when false.</summary>
    public bool? Active { get; set; }

    public static string CssClass(BadgeTone tone) => tone switch
    {
        BadgeTone.Active => "badge-status-active",
        BadgeTone.Inactive => "badge-status-inactive",
        BadgeTone.Attention => "badge-warning-soft",
        BadgeTone.Kind => "badge-kind",
        BadgeTone.Success => "text-bg-success",
        BadgeTone.Danger => "text-bg-danger",
        BadgeTone.Warning => "text-bg-warning",
        BadgeTone.Primary => "text-bg-primary",
        BadgeTone.Secondary => "text-bg-secondary",
        BadgeTone.Info => "text-bg-info",
        _ => "text-bg-light",
    };

    private static string? Text(object? value)
    {
        if (value is IHtmlContent html)
        {
            using var writer = new StringWriter();
            html.WriteTo(writer, HtmlEncoder.Default);
            return writer.ToString();
        }

        return value?.ToString();
    }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var tone = Active is { } active ? (active ? BadgeTone.Active : BadgeTone.Inactive) : Tone;
        var extra = output.Attributes.TryGetAttribute("class", out var given) ? Text(given.Value) : null;
        output.Attributes.RemoveAll("class");
        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.Insert(0, new TagHelperAttribute("class", "badge " + CssClass(tone) + (string.IsNullOrWhiteSpace(extra) ? "" : " " + extra)));
    }
}
