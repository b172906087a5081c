using AngleSharp.Dom;
using Ganss.Xss;

namespace Huzhou.Credit.Publicity.Features;

/// <summary>
/// The one policy for an article's rich text (docs/adr/0018-rich-text-sanitising.md), applied when it is saved and again
/// when it is shown: HtmlSanitizer (an HTML5 parser, not regular expressions) keeps p, h2–h4, strong, em, ul/ol/li,
/// blockquote, br, tables, links (<c>href</c> over http/https or a relative address; given <c>rel="noopener noreferrer"</c>)
/// and images only from this module's own attachment address <c>/publicity/files/{id}</c>. No style, class, event
/// handler or script survives, so the strict CSP needs no exception.
/// </summary>
internal sealed class ArticleSanitiser
{
    /// <summary>The address of an article's attachment, the only source an image in a body may have.</summary>
    public const string FilePathPrefix = "/publicity/files/";

    /// <summary>Tags that are removed but whose content stays (layout wrappers and harmless inline markup).</summary>
    private static readonly HashSet<string> TransparentTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "span", "section", "article", "header", "footer", "main", "aside", "nav", "font", "center", "small", "big",
        "sub", "sup", "s", "del", "ins", "mark", "code", "pre", "figure", "figcaption", "dl", "dt", "dd", "h1", "h5", "h6",
        "html", "body", "label", "abbr", "cite", "q", "time", "address", "strike", "tt", "kbd", "samp", "var",
    };

    private readonly HtmlSanitizer _sanitizer;

    public ArticleSanitiser()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "h2", "h3", "h4", "strong", "em", "b", "i", "u", "ul", "ol", "li", "blockquote", "a", "img",
                "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src", "alt", "title", "colspan", "rowspan" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        };
        // A removed wrapper (div, span, font …) keeps its text; anything else (script, style, iframe, svg, form …) goes
        // with everything inside it.
        _sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
        _sanitizer.RemovingTag += (_, e) =>
        {
            if (!TransparentTags.Contains(e.Tag.LocalName))
            {
                e.Tag.InnerHtml = "";
            }
        };
        _sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is not IElement element)
            {
                return;
            }

            if (element.LocalName == "a")
            {
                element.SetAttribute("rel", "noopener noreferrer");
            }
            else if (element.LocalName == "img" && !IsOwnFile(element.GetAttribute("src")))
            {
                e.ReplacementNodes.Clear();
                e.ReplacementNodes.Add(e.Document.CreateTextNode(""));
            }
        };
    }

    /// <summary>The HTML as the policy allows it (empty for nothing).</summary>
    public string Sanitise(string? html) => string.IsNullOrWhiteSpace(html) ? "" : _sanitizer.Sanitize(html).Trim();

    /// <summary>Whether <paramref name="src"/> is one of this module's attachment addresses (<c>/publicity/files/123</c>).</summary>
    public static bool IsOwnFile(string? src) =>
        src is not null
        && src.StartsWith(FilePathPrefix, StringComparison.Ordinal)
        && src.Length > FilePathPrefix.Length
        && src.Length <= FilePathPrefix.Length + 18
        && src.AsSpan(FilePathPrefix.Length).IndexOfAnyExceptInRange('0', '9') < 0;

    /// <summary>The body's text without tags (for the feed's summary when an article has none).</summary>
    public static string PlainText(string html, int maxLength)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + html + "</body>");
        var text = string.Join(' ', (document.Body?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length > maxLength ? text[..maxLength] + "…" : text;
    }
}
