using Huzhou.Credit.Contracts.Dossier;
using Huzhou.Credit.Dossier.Reports;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.SharedKernel.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Huzhou.Credit.UnitTests.Dossier;

/// <summary>
/// The report is read back with PdfPig: Chinese text comes out only if the CJK font was embedded with its Unicode
/// map, and every glyph's position proves nothing runs off the paper.
/// </summary>
public sealed class CreditReportPdfTests
{
    private const string Uscc = "91330502MA2B7K3D9G";
    private const string Number = "HZXY202611270000123";
    private const string VerificationCode = "7KQ3M9";
    private const string SubjectName = "湖州南太湖绿色建材有限公司";
    private const string PenaltyReference = "湖吴市监罚处〔2026〕158号";

    private static readonly string LongFactsValue = string.Concat(Enumerable.Repeat(
        "当事人在生产销售预拌混凝土过程中，未按照强制性国家标准GB/T 14902-2012的要求对原材料进行进场检验，" +
        "且出厂检验记录不完整，违反了《中华人民共和国产品质量法》第二十六条的规定；", 6)) + "以上事实有现场检查笔录、抽样检验报告等证据证实。";

    private static readonly CreditReportPdf Renderer = new();

    [Fact]
    public void Cover_and_sections_come_out_as_Chinese_text()
    {
        var text = AllText(Render(Sample(licences: 3)));

        Assert.Contains(CreditReportPdf.Title, text);
        Assert.Contains("（公开版）", text);
        Assert.Contains(SubjectName, text);
        Assert.Contains(Uscc, text);
        Assert.Contains(Number, text);
        Assert.Contains(VerificationCode, text);
        Assert.Contains("2026年11月27日 04:15", text); // 20:15 UTC the day before
        Assert.Contains("湖州市公共信用信息平台", text);
        Assert.Contains("一、主体概况", text);
        Assert.Contains("二、行政许可", text);
        Assert.Contains("共 120 条，本报告列出最近 3 条", text);
        Assert.Contains("三、行政处罚", text);
        Assert.Contains(PenaltyReference, text);
        Assert.Contains("罚款人民币伍万元整", text);
        Assert.Contains("2026-03-18", text);
        Assert.Contains("四、红名单", text);
        Assert.Contains("无公开信息。", text);
        Assert.Contains("本报告信息来源于各信用信息提供单位", text);
        Assert.Contains("第 1 页", text);
    }

    [Fact]
    public void Uscc_of_the_sample_is_valid() => Assert.True(UnifiedSocialCreditCode.TryParse(Uscc, out _));

    [Fact]
    public void Document_information_names_the_report()
    {
        using var pdf = PdfDocument.Open(Render(Sample(licences: 3)));

        Assert.Contains(SubjectName, pdf.Information.Title);
        Assert.Contains(Number, pdf.Information.Subject);
        Assert.Equal("湖州市公共信用信息平台", pdf.Information.Creator);
    }

    [Fact]
    public void Long_field_value_is_wrapped_inside_the_page()
    {
        using var pdf = PdfDocument.Open(Render(Sample(licences: 3)));

        var penaltyPage = pdf.GetPages().Single(p => p.Text.Contains(PenaltyReference, StringComparison.Ordinal));
        // A space where a line breaks is dropped, as in any typesetting.
        Assert.Contains(LongFactsValue.Replace(" ", "", StringComparison.Ordinal), penaltyPage.Text.Replace(" ", "", StringComparison.Ordinal));
        var lines = penaltyPage.Letters.Where(l => l.Value == "检").Select(l => Math.Round(l.BoundingBox.Bottom)).Distinct().Count();
        Assert.True(lines > 3, $"the long value should span several lines, found '检' on {lines}");
        foreach (var page in pdf.GetPages())
            AssertInsidePaper(page);
    }

    [Fact]
    public void Many_entries_flow_over_pages_each_with_header_and_footer()
    {
        var bytes = Render(Sample(licences: 200));
        // Set CREDIT_REPORT_SAMPLE=/tmp/report-sample.pdf to look at the result.
        if (Environment.GetEnvironmentVariable("CREDIT_REPORT_SAMPLE") is { Length: > 0 } samplePath)
            File.WriteAllBytes(samplePath, bytes);

        using var pdf = PdfDocument.Open(bytes);

        Assert.True(pdf.NumberOfPages > 5, $"200 entries should need several pages, got {pdf.NumberOfPages}");
        foreach (var page in pdf.GetPages())
        {
            Assert.Contains($"第 {page.Number} 页 共 {pdf.NumberOfPages} 页", page.Text);
            Assert.Contains("报告编号：" + Number, page.Text);
            AssertInsidePaper(page);
        }
        var text = AllText(bytes);
        Assert.Contains("共 200 条", text);
        Assert.DoesNotContain("本报告列出最近", text);
        Assert.Contains("浙建许〔2026〕0200号", text);
    }

    [Fact]
    public void Missing_font_override_names_the_path_and_the_Debian_package()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-font-{Guid.NewGuid():N}.ttf");

        var error = Assert.Throws<InvalidOperationException>(() => new CjkFontResolver(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("fonts-droid-fallback", error.Message);
        Assert.Contains(CjkFontResolver.FontPathSetting, error.Message);
    }

    [Fact]
    public void Font_collection_is_refused_before_PDFsharp_sees_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"collection-{Guid.NewGuid():N}.ttc");
        File.WriteAllBytes(path, "ttcf\0\u0002\0\0"u8.ToArray());
        try
        {
            var error = Assert.Throws<InvalidOperationException>(() => new CjkFontResolver(path));

            Assert.Contains("TrueType", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Registration_is_idempotent_and_refuses_a_second_font()
    {
        var first = CjkFontResolver.EnsureRegistered(null);

        Assert.Same(first, CjkFontResolver.EnsureRegistered(""));
        Assert.Same(first, CjkFontResolver.EnsureRegistered(CjkFontResolver.DefaultFontPath));
        var error = Assert.Throws<InvalidOperationException>(() => CjkFontResolver.EnsureRegistered("/opt/fonts/other.ttf"));
        Assert.Contains("/opt/fonts/other.ttf", error.Message);
    }

    [Fact]
    public void Every_typeface_resolves_to_the_one_embedded_font()
    {
        var resolver = CjkFontResolver.EnsureRegistered(null);

        var regular = resolver.ResolveTypeface("SimSun", bold: false, italic: false);
        var bold = resolver.ResolveTypeface(CjkFontResolver.FamilyName, bold: true, italic: false);

        Assert.NotNull(regular);
        Assert.NotNull(bold);
        Assert.Equal(regular.FaceName, bold.FaceName);
        Assert.True(bold.MustSimulateBold);
        Assert.NotEmpty(resolver.GetFont(regular.FaceName)!);
        Assert.Null(resolver.GetFont("Arial"));
    }

    private static byte[] Render(CreditReportDocument document) => Renderer.Render(document);

    private static string AllText(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        return string.Concat(pdf.GetPages().Select(p => p.Text));
    }

    private static void AssertInsidePaper(Page page)
    {
        foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
        {
            var box = letter.BoundingBox;
            Assert.True(box.Left >= 30 && box.Right <= page.Width - 30 && box.Bottom >= 20 && box.Top <= page.Height - 20,
                $"'{letter.Value}' at ({box.Left:F0}, {box.Bottom:F0})-({box.Right:F0}, {box.Top:F0}) on page {page.Number} is outside the printable area");
        }
    }

    private static CreditReportDocument Sample(int licences)
    {
        var licenceEntries = Enumerable.Range(1, Math.Min(licences, 200)).Select(i => new DossierEntry(
            "行政许可",
            $"浙建许〔2026〕{i:D4}号",
            new DateOnly(2026, 11, 20).AddDays(-i),
            new DateOnly(2029, 11, 20).AddDays(-i),
            "公示中",
            [
                new("许可证书名称", "建筑业企业资质证书"),
                new("许可内容", "预拌混凝土专业承包不分等级"),
                new("许可机关", "湖州市住房和城乡建设局"),
            ])).ToList();
        var penalty = new DossierEntry(
            "行政处罚",
            PenaltyReference,
            new DateOnly(2026, 3, 18),
            new DateOnly(2029, 3, 18),
            "公示中",
            [
                new("违法行为类型", "产品质量违法"),
                new("违法事实", LongFactsValue),
                new("处罚依据", "《中华人民共和国产品质量法》第四十九条"),
                new("处罚类别", "警告；罚款"),
                new("处罚内容", "罚款人民币伍万元整"),
                new("罚款金额（万元）", "5"),
                new("处罚机关", "湖州市吴兴区市场监督管理局"),
            ]);

        return new CreditReportDocument(
            Number,
            VerificationCode,
            new DateTimeOffset(2026, 11, 26, 20, 15, 0, TimeSpan.Zero),
            $"https://xinyong.huzhou.gov.cn/verify/{Number}",
            SubjectName,
            Uscc,
            [
                new("名称", SubjectName),
                new("统一社会信用代码", Uscc),
                new("法定代表人", "沈建国"),
                new("成立日期", "2015-06-08"),
                new("注册资本", "5000万元人民币"),
                new("住所", "浙江省湖州市吴兴区八里店镇南太湖大道1888号"),
                new("登记机关", "湖州市吴兴区市场监督管理局"),
                new("经营范围", "一般项目：新型建筑材料制造（不含危险化学品）；水泥制品制造；建筑材料销售；技术服务、技术开发、技术咨询。"),
            ],
            [
                new CreditReportSection("行政许可", licences <= 3 ? 120 : licences, licenceEntries),
                new CreditReportSection("行政处罚", 1, [penalty]),
                new CreditReportSection("红名单", 0, []),
                new CreditReportSection("黑名单", 0, []),
            ],
            "本报告信息来源于各信用信息提供单位依法归集至湖州市公共信用信息平台的公开信息，仅反映报告生成时平台所掌握的情况。\n" +
            "本报告不作为对信息主体的信用评价结论，使用者应结合其他信息自行判断。如对报告内容有异议，可向湖州市信用中心提出。");
    }
}
