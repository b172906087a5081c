using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Lists.Features;
using Huzhou.Credit.Lists.Seed;
using Huzhou.Credit.SharedKernel.Files;

namespace Huzhou.Credit.UnitTests.Lists;

/// <summary>Issue #26 §3/§5: who may propose on a list type, the decision document's content check, the demo's plausible subjects.</summary>
public sealed class ListProposalRulesTests
{
    [Fact]
    public void Every_standard_list_type_names_its_authorities_and_a_type_without_any_is_the_credit_offices()
    {
        var types = StandardListTypes.All.ToDictionary(t => t.Code);
        Assert.All(types.Values, t => Assert.NotEmpty(t.AuthorityDepartments));
        Assert.True(types["SXBZXR"].MayBeProposedBy("HZ-ZY", creditOffice: false));
        Assert.True(types["SXBZXR"].MayBeProposedBy("CX-FY", creditOffice: false));
        Assert.False(types["SXBZXR"].MayBeProposedBy("HZ-SJJ", creditOffice: false));
        Assert.False(types["SJYZWF"].MayBeProposedBy("HZ-FGW", creditOffice: true));
        Assert.True(types["AJNSR"].MayBeProposedBy("HZ-SW", creditOffice: false));
        Assert.True(types["HZCXSF"].MayBeProposedBy("HZ-FGW", creditOffice: true));

        var none = new Huzhou.Credit.Lists.Domain.ListType { Code = "X", AuthorityDepartments = [] };
        Assert.True(none.MayBeProposedBy("CX-FGJ", creditOffice: true));
        Assert.False(none.MayBeProposedBy("HZ-SJJ", creditOffice: false));
        Assert.False(types["SJYZWF"].MayBeProposedBy(null, creditOffice: false));
    }

    [Theory]
    [InlineData("%PDF-1.7\n1 0 obj\n%%EOF\n", "application/pdf", true)]
    [InlineData("%PDF-1.7\n1 0 obj << /Type", "application/pdf", false)]
    public void A_pdf_must_end_with_its_end_of_file_marker(string text, string type, bool whole) =>
        Assert.Equal(whole, DecisionDocuments.IsWhole(System.Text.Encoding.ASCII.GetBytes(text), type));

    [Fact]
    public async Task The_document_is_read_by_its_content_and_required_only_when_asked()
    {
        static FileUpload Upload(byte[] bytes, string name = "决定书.pdf") => new(name, bytes.Length, () => new MemoryStream(bytes));
        var now = DateTimeOffset.UtcNow;
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46, 0, 0xFF, 0xD9];
        byte[] cutJpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46];

        var missing = await DecisionDocuments.ReadAsync(null, required: true, "u", now, CancellationToken.None);
        var optional = await DecisionDocuments.ReadAsync(null, required: false, "u", now, CancellationToken.None);
        var renamed = await DecisionDocuments.ReadAsync(Upload("<html>决定书</html>"u8.ToArray()), required: true, "u", now, CancellationToken.None);
        var cut = await DecisionDocuments.ReadAsync(Upload(cutJpeg, "scan.jpg"), required: true, "u", now, CancellationToken.None);
        var scan = await DecisionDocuments.ReadAsync(Upload(jpeg, @"C:\扫描\决定书.pdf"), required: true, "u", now, CancellationToken.None);

        Assert.False(missing.Succeeded);
        Assert.Equal(DecisionDocuments.Field, missing.Field);
        Assert.True(optional.Succeeded);
        Assert.Null(optional.Value);
        Assert.Contains("按文件内容识别", renamed.Error, StringComparison.Ordinal);
        Assert.Contains("不完整", cut.Error, StringComparison.Ordinal);
        Assert.True(scan.Succeeded);
        Assert.Equal("image/jpeg", scan.Value!.ContentType);
        Assert.Equal(64, scan.Value.Sha256.Length);
        Assert.DoesNotContain("\\", scan.Value.FileName, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_lists_name_only_plausible_organisations()
    {
        var company = new OrganisationEntry("91330502MA2B3C4D5E", "湖州鑫达纺织有限公司", "沈建国", "330502");
        var builder = new OrganisationEntry("91330502MA2B3C4D6F", "湖州华建建设工程有限公司", "陆军", "330502");
        var archive = new OrganisationEntry("12330500002546138B", "湖州市档案馆", null, "330500");
        var museum = new OrganisationEntry("12330500MB1234567X", "湖州市博物馆", null, "330500");
        var welfare = new OrganisationEntry("52330500MJ1234567X", "湖州市社会福利院", null, "330500");
        var shop = new OrganisationEntry("92330502MA2B3C4D7G", "织里镇阿芳童装加工部", "王芳", "330502");

        foreach (var type in new[] { "SJYZWF", "JYYCML", "HZCXSF", "AJNSR", "SXBZXR" })
        {
            Assert.False(PlausibleListSubjects.Fits(type, archive), type);
            Assert.False(PlausibleListSubjects.Fits(type, museum), type);
            Assert.False(PlausibleListSubjects.Fits(type, welfare), type);
            Assert.True(PlausibleListSubjects.Fits(type, company), type);
        }

        Assert.False(PlausibleListSubjects.Fits("AJNSR", shop));
        Assert.False(PlausibleListSubjects.Fits("JYYCML", shop));
        Assert.True(PlausibleListSubjects.Fits("SJYZWF", shop));
        Assert.Same(builder, PlausibleListSubjects.Pick("TQNMGGZ", [archive, company, builder], 0, new HashSet<string>()));
        Assert.Same(company, PlausibleListSubjects.Pick("HZCXSF", [museum, welfare, company], 0, new HashSet<string>()));
        Assert.Null(PlausibleListSubjects.Pick("HZCXSF", [museum, welfare, company], 0, new HashSet<string> { company.Uscc }));
    }
}
