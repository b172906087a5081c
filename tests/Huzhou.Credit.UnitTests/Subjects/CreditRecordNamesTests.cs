using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;

namespace Huzhou.Credit.UnitTests.Subjects;

/// <summary>The record vocabulary every module shares: stored numbers and Chinese names.</summary>
public sealed class CreditRecordNamesTests
{
    [Theory]
    [InlineData(CreditRecordStatus.Active, 1, "公示中")]
    [InlineData(CreditRecordStatus.PublicityEnded, 2, "公示期满")]
    [InlineData(CreditRecordStatus.Repaired, 3, "已修复")]
    [InlineData(CreditRecordStatus.Revoked, 4, "已撤销")]
    [InlineData(CreditRecordStatus.Corrected, 5, "已更正")]
    public void A_status_keeps_its_stored_number_and_its_name(CreditRecordStatus status, short stored, string name)
    {
        Assert.Equal(stored, (short)status);
        Assert.Equal(name, CreditRecordNames.Of(status));
    }

    [Theory]
    [InlineData(PenaltyClass.Minor, 1, "轻微")]
    [InlineData(PenaltyClass.General, 2, "一般")]
    [InlineData(PenaltyClass.Serious, 3, "严重")]
    public void A_penalty_class_keeps_its_stored_number_and_its_name(PenaltyClass penaltyClass, short stored, string name)
    {
        Assert.Equal(stored, (short)penaltyClass);
        Assert.Equal(name, CreditRecordNames.Of(penaltyClass));
    }

    [Fact]
    public void Every_status_and_class_has_a_name()
    {
        Assert.All(Enum.GetValues<CreditRecordStatus>(), s => Assert.NotEqual(s.ToString(), CreditRecordNames.Of(s)));
        Assert.All(Enum.GetValues<PenaltyClass>(), c => Assert.NotEqual(c.ToString(), CreditRecordNames.Of(c)));
    }
}
