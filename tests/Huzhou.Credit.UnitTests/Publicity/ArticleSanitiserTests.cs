using Huzhou.Credit.Publicity.Features;

namespace Huzhou.Credit.UnitTests.Publicity;

/// <summary>The rich-text policy of the publicity CMS (docs/adr/0018-rich-text-sanitising.md).</summary>
public sealed class ArticleSanitiserTests
{
    private static readonly string[] SafeTags = ["p", "a", "img", "table", "tbody", "tr", "td", "br", "strong", "em"];

    private static readonly string[] SafeAttributes = ["href", "src", "alt", "title", "rel"];

    private readonly ArticleSanitiser _sanitiser = new();

    [Theory]
    [InlineData("<p>正文<script>alert(1)</script></p>", "<p>正文</p>")]
    [InlineData("<p onclick=\"x()\">正文</p>", "<p>正文</p>")]
    [InlineData("<h3 style=\"color:red\">标题</h3>", "<h3>标题</h3>")]
    [InlineData("<p class=\"lead\">正文</p>", "<p>正文</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">链接</a>", "<a rel=\"noopener noreferrer\">链接</a>")]
    [InlineData("<a href=\"https://www.creditchina.gov.cn/\" target=\"_blank\">信用中国</a>", "<a href=\"https://www.creditchina.gov.cn/\" rel=\"noopener noreferrer\">信用中国</a>")]
    [InlineData("<img src=\"/publicity/files/12\" alt=\"现场\" onerror=\"x()\">", "<img src=\"/publicity/files/12\" alt=\"现场\">")]
    [InlineData("<p><img src=\"https://evil.example/a.png\">图</p>", "<p>图</p>")]
    [InlineData("<p><img src=\"/publicity/files/12/../../x\">图</p>", "<p>图</p>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe><p>留下</p>", "<p>留下</p>")]
    [InlineData("<style>p{display:none}</style><p>留下</p>", "<p>留下</p>")]
    [InlineData("<ul><li><strong>一</strong></li><li><em>二</em></li></ul>", "<ul><li><strong>一</strong></li><li><em>二</em></li></ul>")]
    [InlineData("<table><thead><tr><th>等级</th></tr></thead><tbody><tr><td>A</td></tr></tbody></table>", "<table><thead><tr><th>等级</th></tr></thead><tbody><tr><td>A</td></tr></tbody></table>")]
    public void Keeps_the_allowed_tags_and_removes_everything_else(string input, string expected) =>
        Assert.Equal(expected, _sanitiser.Sanitise(input));

    [Theory]
    [InlineData("<svg><script>alert(1)</script><a href=\"javascript:alert(2)\">x</a></svg><p>留下</p>")]
    [InlineData("<svg onload=alert(1)><p>留下</p>")]
    [InlineData("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math><p>留下</p>")]
    [InlineData("<math href=\"javascript:alert(1)\">x</math><p>留下</p>")]
    [InlineData("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">留下</p></noscript><p>留下</p>")]
    [InlineData("<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">留下</a>")]
    [InlineData("<a href=\"vbscript:msgbox(1)\">留下</a>")]
    [InlineData("<a href=\"&#106;avascript:alert(1)\">留下</a>")]
    [InlineData("<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">留下</a>")]
    [InlineData("<a href=\"java&#x09;script:alert(1)\">留下</a>")]
    [InlineData("<a href=\"java&#x0A;script:alert(1)\">留下</a>")]
    [InlineData("<a href=\" &#14; javascript:alert(1)\">留下</a>")]
    [InlineData("<a href=\"\u0001javascript:alert(1)\">留下</a>")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">留下</a>")]
    [InlineData("<a href=\"javascript&colon;alert(1)\">留下</a>")]
    [InlineData("<img src=\"/publicity/files/1\" srcset=\"https://evil.example/a.png 1x\"><p>留下</p>")]
    [InlineData("<picture><source srcset=\"https://evil.example/a.png\"><img src=\"/publicity/files/1\"></picture><p>留下</p>")]
    [InlineData("<p style=\"background:url(javascript:alert(1))\">留下</p>")]
    [InlineData("<p STYLE=\"behavior:url(x.htc)\">留下</p>")]
    [InlineData("<base href=\"https://evil.example/\"><p>留下</p>")]
    [InlineData("<form action=\"https://evil.example/\"><input name=\"pwd\"><button formaction=\"https://evil.example\">提交</button></form><p>留下</p>")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\"><p>留下</p>")]
    [InlineData("<link rel=\"stylesheet\" href=\"https://evil.example/a.css\"><p>留下</p>")]
    [InlineData("<object data=\"https://evil.example/x.swf\"></object><embed src=\"https://evil.example/x\"><p>留下</p>")]
    [InlineData("<p><a href=\"https://www.creditchina.gov.cn/\" onmouseover=\"alert(1)\" target=\"_top\">留下</a></p>")]
    [InlineData("<table background=\"javascript:alert(1)\"><tr><td>留下</td></tr></table>")]
    [InlineData("<img src=\"/publicity/files/1\" alt=\"&quot; onerror=&quot;alert(1)\"><p>留下</p>")]
    [InlineData("<template><script>alert(1)</script></template><p>留下</p>")]
    [InlineData("<!--<img src=x onerror=alert(1)>--><p>留下</p>")]
    [InlineData("<p>留下</p><![CDATA[<script>alert(1)</script>]]>")]
    public void Hostile_markup_loses_everything_active(string input)
    {
        var once = _sanitiser.Sanitise(input);

        foreach (var html in (string[])[once, _sanitiser.Sanitise(once)])
        {
            Assert.Contains("留下", html, StringComparison.Ordinal);
            var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + html + "</body>");
            foreach (var element in document.Body!.QuerySelectorAll("*"))
            {
                Assert.Contains(element.LocalName, SafeTags);
                foreach (var attribute in element.Attributes)
                {
                    Assert.Contains(attribute.Name, SafeAttributes);
                }

                if (element.GetAttribute("href") is { } href)
                {
                    Assert.StartsWith("https://www.creditchina.gov.cn/", href, StringComparison.Ordinal);
                }

                if (element.GetAttribute("src") is { } src)
                {
                    Assert.True(ArticleSanitiser.IsOwnFile(src), src);
                }
            }
        }
    }

    [Theory]
    [InlineData("/publicity/files/1", true)]
    [InlineData("/publicity/files/123456", true)]
    [InlineData("/publicity/files/", false)]
    [InlineData("/publicity/files/1a", false)]
    [InlineData("//evil.example/publicity/files/1", false)]
    [InlineData("https://evil.example/publicity/files/1", false)]
    [InlineData(null, false)]
    public void Images_come_only_from_the_modules_own_attachments(string? src, bool own) =>
        Assert.Equal(own, ArticleSanitiser.IsOwnFile(src));

    [Fact]
    public void Plain_text_drops_the_tags_and_cuts()
    {
        Assert.Equal("标题 正文", ArticleSanitiser.PlainText("<h3>标题</h3>\n<p>正文</p>", 100));
        Assert.Equal("标题…", ArticleSanitiser.PlainText("<h3>标题</h3><p>正文</p>", 2));
    }

    [Fact]
    public void Nothing_is_empty() => Assert.Equal("", _sanitiser.Sanitise("  "));
}
