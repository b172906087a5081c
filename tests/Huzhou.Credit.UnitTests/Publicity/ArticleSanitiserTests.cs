using Huzhou.Credit.Publicity.Features;

namespace Huzhou.Credit.UnitTests.Publicity;

/// <summary>The rich-text policy of the publicity CMS (docs/adr/0018-rich-text-sanitising.md).</summary>
public sealed class ArticleSanitiserTests
{
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
