using Huzhou.Credit.SharedKernel.Validation;

namespace Huzhou.Credit.UnitTests.Validation;

public sealed class UnsafeTextTests
{
    [Theory]
    [InlineData("湖州市南浔区练市镇\u202E司公")]   // right-to-left override
    [InlineData("湖州\u2066某\u2069公司")]          // isolates
    [InlineData("湖州\u200F公司")]                  // right-to-left mark
    [InlineData("湖州\0公司")]
    [InlineData("湖州\u007F公司")]
    [InlineData("湖州\u0085公司")]                  // C1 next line
    [InlineData("湖州\u001B[31m公司")]
    public void Refused_characters_are_found(string text)
    {
        Assert.False(UnsafeText.IsClean(text));
        Assert.NotNull(UnsafeText.Describe("名称", text));
    }

    [Theory]
    [InlineData("湖州市吴兴区织里镇童装有限公司")]
    [InlineData("第一行\r\n第二行\t制表")]
    [InlineData("𠀀扩展B区汉字")]
    [InlineData("")]
    public void Ordinary_text_line_breaks_and_supplementary_characters_pass(string text)
    {
        Assert.True(UnsafeText.IsClean(text));
        Assert.Null(UnsafeText.Describe("名称", text));
    }

    [Fact]
    public void Shared_statement_text_also_refuses_line_breaks_and_lone_surrogates()
    {
        Assert.Contains("控制字符", UnsafeText.Refusal("reference", "a\nb", 64), StringComparison.Ordinal);
        Assert.Contains("代理项", UnsafeText.Refusal("reference", "a\uD800b", 64), StringComparison.Ordinal);
        Assert.Contains("文字方向", UnsafeText.Refusal("reference", "a\u202Db", 64), StringComparison.Ordinal);
        Assert.Contains("64", UnsafeText.Refusal("reference", new string('x', 65), 64), StringComparison.Ordinal);
        Assert.Null(UnsafeText.Refusal("reference", "采购-2026-001", 64));
    }
}
