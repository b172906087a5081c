using Huzhou.Credit.Monitoring.Features;

namespace Huzhou.Credit.UnitTests.Monitoring;

/// <summary>What the credit office may publish as a risk alert: lengths and no personal data or 可能关联 in the public text.</summary>
public sealed class RiskAlertCheckTests
{
    private const string Text = "该企业近期存在严重失信记录，请注意防范信用风险。";

    [Theory]
    [InlineData("", Text, "请填写风险提示的标题。")]
    [InlineData("风险", Text, "标题至少 4 个字。")]
    [InlineData("关于某某企业的信用风险提示", "", "请填写风险提示的正文。")]
    [InlineData("关于某某企业的信用风险提示", "请注意。", "正文至少 10 个字。")]
    [InlineData("关于某某企业的信用风险提示", "法定代表人身份证号码 33050219800101123X，请注意防范。", "正文不能包含身份证号码、手机号码等个人信息。")]
    [InlineData("关于某某企业的信用风险提示", "联系电话 13812345678，该企业存在风险，请注意防范。", "正文不能包含身份证号码、手机号码等个人信息。")]
    [InlineData("关于某某企业的信用风险提示", "该企业与另一企业可能关联，请注意防范信用风险。", "正文不能包含“可能关联”等仅供工作人员参考的内容。")]
    public void Refused_with_a_chinese_message(string title, string text, string message)
    {
        var result = RiskAlertPublisher.Check(title, text);
        Assert.False(result.Succeeded);
        Assert.Equal(message, result.Error);
    }

    [Fact]
    public void Too_long_says_how_long()
    {
        var result = RiskAlertPublisher.Check(new string('风', 61), Text);
        Assert.Equal("标题不能超过 60 个字（现为 61 个字）。", result.Error);
        Assert.Equal("正文不能超过 1000 个字（现为 1001 个字）。", RiskAlertPublisher.Check("关于某某企业的信用风险提示", new string('险', 1001)).Error);
    }

    [Fact]
    public void A_credit_code_is_not_personal_data_and_text_is_trimmed_with_line_breaks_kept()
    {
        var result = RiskAlertPublisher.Check("  关于某某企业的信用风险提示 ", "  统一社会信用代码 91330502MA2B3C4D5E 的企业\r\n存在严重失信记录。 ");
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("关于某某企业的信用风险提示", result.Value.Title);
        Assert.Equal("统一社会信用代码 91330502MA2B3C4D5E 的企业\n存在严重失信记录。", result.Value.Text);
    }
}
