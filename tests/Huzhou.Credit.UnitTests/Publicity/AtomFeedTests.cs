using System.Xml.Linq;
using Huzhou.Credit.Publicity.Features;

namespace Huzhou.Credit.UnitTests.Publicity;

/// <summary>A column's feed stays well-formed XML whatever an article's text holds.</summary>
public sealed class AtomFeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public void Characters_XML_cannot_carry_are_left_out_and_the_feed_still_parses()
    {
        var at = new DateTimeOffset(2026, 12, 8, 2, 0, 0, TimeSpan.Zero);
        var column = new PublicColumn(1, "cases", "典型案例\uFFFE", "说明\uFFFF", false, 1);
        var row = new PublicArticleRow(7, "湖州某公司\uFFFF失信案例\uD800", "摘要\uFFFE", "市场监管局\uFFFF", at, at);

        var xml = AtomFeed.Write(column, [(row, "<p>正文\uFFFF😀</p>")], "https://credit.huzhou.gov.cn", new ArticleSanitiser(), at);

        var feed = XDocument.Parse(xml);
        var entry = Assert.Single(feed.Root!.Elements(Atom + "entry"));
        Assert.Equal("湖州某公司失信案例", entry.Element(Atom + "title")!.Value);
        Assert.Equal("摘要", entry.Element(Atom + "summary")!.Value);
        Assert.Contains("正文", entry.Element(Atom + "content")!.Value, StringComparison.Ordinal);
        Assert.Contains("😀", entry.Element(Atom + "content")!.Value, StringComparison.Ordinal);
        Assert.Equal("信用湖州 · 典型案例", feed.Root!.Element(Atom + "title")!.Value);
    }
}
