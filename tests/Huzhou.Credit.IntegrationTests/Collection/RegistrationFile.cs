using System.Text;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Registration = Huzhou.Credit.Contracts.Catalogue.WellKnownItems.MarketSubjectRegistration;

namespace Huzhou.Credit.IntegrationTests.Collection;

/// <summary>A market-subject registration file (市场主体登记信息, SCZTDJ) as the market-regulation bureau exports it.</summary>
internal sealed class RegistrationFile
{
    public static readonly string[] Headers =
    [
        Registration.CreditCode, Registration.Name, "市场主体类型", Registration.LegalRepresentative, Registration.RegisteredCapital,
        Registration.EstablishedOn, Registration.ApprovedOn, Registration.Address, "经营范围", "登记机关", Registration.Status,
    ];

    private readonly List<string[]> _rows = [];

    public string Marker { get; } = Unique.ChineseFragment(3);

    /// <summary>One organisation's registration as of <paramref name="approvedOn"/>; status is the 登记状态 code.</summary>
    public RegistrationFile Add(string uscc, string name, string status = Registration.StatusActive, string legalRepresentative = "沈建国",
        string capital = "100", string approvedOn = "2026-06-01", string address = "浙江省湖州市吴兴区青铜路 1 号", string established = "2015-03-01")
    {
        _rows.Add([uscc, name, "1", legalRepresentative, capital, established, approvedOn, address, "纺织品、服装的销售", "湖州市市场监督管理局", status]);
        return this;
    }

    public byte[] ToCsv()
    {
        var text = new StringBuilder();
        text.AppendLine(string.Join(',', Headers));
        foreach (var row in _rows)
        {
            text.AppendLine(string.Join(',', row));
        }

        return new UTF8Encoding(false).GetBytes(text.ToString());
    }
}
