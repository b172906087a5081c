using Huzhou.Credit.Commitments.Domain;
using Huzhou.Credit.Commitments.Features;
using Huzhou.Credit.Catalogue.Seed;
using Huzhou.Credit.Commitments.Seed;

namespace Huzhou.Credit.UnitTests.Commitments;

public sealed class CommitmentRulesTests
{
    [Fact]
    public void A_template_is_filled_in_with_the_organisations_name_and_code()
    {
        var text = CommitmentService.Render("{主体名称}（统一社会信用代码 {统一社会信用代码}）承诺：……", "湖州某某建设有限公司", "91330502MA2B3C4D5E");
        Assert.Equal("湖州某某建设有限公司（统一社会信用代码 91330502MA2B3C4D5E）承诺：……", text);
    }

    [Theory]
    [InlineData("01", 1)]
    [InlineData("1", 1)]
    [InlineData("02", 2)]
    [InlineData(" 03 ", 3)]
    [InlineData("04", 4)]
    public void Delivered_type_codes_map_to_the_four_types(string code, short value)
    {
        var type = (CommitmentType)value;
        Assert.Equal(type, CommitmentNames.ParseType(code));
        Assert.Equal(type, CommitmentNames.ParseType(CommitmentNames.TypeCode(type)));
    }

    [Theory]
    [InlineData("05")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_type_codes_are_not_guessed(string? code) => Assert.Null(CommitmentNames.ParseType(code));

    [Fact]
    public void Delivered_status_codes_are_the_xycn_codes()
    {
        Assert.Equal(CommitmentStatus.InForce, CommitmentNames.ParseStatus("1"));
        Assert.Equal(CommitmentStatus.Fulfilled, CommitmentNames.ParseStatus("2"));
        Assert.Equal(CommitmentStatus.Breached, CommitmentNames.ParseStatus("3"));
        Assert.Equal(CommitmentStatus.Withdrawn, CommitmentNames.ParseStatus("4"));
        Assert.Null(CommitmentNames.ParseStatus("9"));
    }

    [Fact]
    public void The_type_and_status_codes_agree_with_the_catalogue_items()
    {
        var xycn = StandardItems.All().Single(i => i.ItemCode == CommitmentNames.ItemCode);
        var types = xycn.Fields.Single(f => f.Label == "承诺类型").Options;
        Assert.All(Enum.GetValues<CommitmentType>(), t => Assert.Equal(CommitmentNames.Type(t), types.Single(o => o.Code == CommitmentNames.TypeCode(t)).Label));
        var statuses = xycn.Fields.Single(f => f.Label == "履约状态").Options;
        Assert.All(Enum.GetValues<CommitmentStatus>(), s => Assert.Equal(CommitmentNames.Status(s), statuses.Single(o => o.Code == ((short)s).ToString(System.Globalization.CultureInfo.InvariantCulture)).Label));
        // The breach record is a bad item in the 信用承诺 section, so scoring, the check rules and the dossier see it.
        var xywn = StandardItems.All().Single(i => i.ItemCode == CommitmentNames.BreachItemCode);
        Assert.Equal(Huzhou.Credit.Contracts.Catalogue.InformationNature.Bad, xywn.Nature);
        Assert.Equal(Huzhou.Credit.Contracts.Catalogue.DossierSection.Commitment, xywn.Section);
    }

    [Fact]
    public void Every_template_names_the_organisation_and_a_consequence_of_breach()
    {
        Assert.All(CommitmentSeeder.Standard, t =>
        {
            Assert.Contains("{主体名称}", t.Body, StringComparison.Ordinal);
            Assert.Contains("{统一社会信用代码}", t.Body, StringComparison.Ordinal);
            Assert.StartsWith("HZ-", t.Department, StringComparison.Ordinal);
        });
        Assert.Equal(Enum.GetValues<CommitmentType>().Length, CommitmentSeeder.Standard.Select(t => t.Type).Distinct().Count());
    }
}
