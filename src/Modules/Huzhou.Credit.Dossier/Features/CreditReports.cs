using System.Security.Cryptography;
using Huzhou.Credit.Contracts.Dossier;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Dossier.Domain;
using Huzhou.Credit.Dossier.Persistence;
using Huzhou.Credit.Dossier.Reports;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Dossier.Features;

/// <summary>
/// Issues credit reports of the public dossier and answers their verification. Each report gets a random number and
/// verification code, is rendered from the public dossier as it is at that moment, and is written to the register
/// (who, when, which subject, SHA-256 of the PDF) before it is handed out.
/// </summary>
internal sealed class CreditReports(DossierDbContext db, DossierAssembler pages, CreditReportPdf pdf, ICurrentStaff staff, TimeProvider clock)
{
    /// <summary>The newest entries listed per section; the section's total is always printed.</summary>
    public const int EntriesPerSection = 50;

    public const string Disclaimer =
        "一、本报告依据湖州市公共信用信息平台截至生成时间归集的信用信息生成，仅包含依法可以公开、处于公示期内的信息；" +
        "已修复、已撤销或公示期满的信息不在本报告中列示。\n" +
        "二、本报告所载信息由各信息提供单位依法报送，信息主体对内容有异议的，可向信息提供单位或湖州市信用中心提出异议申请。\n" +
        "三、本报告仅反映信息主体在生成时间的公共信用信息状况，不构成对信息主体的任何评价或担保。使用者可通过报告编号和验证码在平台核验本报告的真实性；" +
        "核验页面显示的文件摘要（SHA-256）应与所持文件一致。\n" +
        "四、未经信息主体同意，使用者不得将本报告用于法律法规规定以外的用途。";

    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>Renders the report of an organisation's public dossier and records it in the register.</summary>
    /// <param name="organisation">The organisation (from the public registry).</param>
    /// <param name="districtName">Its district's name.</param>
    /// <param name="channel">Where it was asked for.</param>
    /// <param name="verifyBaseUrl">Absolute base of the verification page, e.g. https://credit.huzhou.gov.cn/verify.</param>
    /// <param name="cancellationToken">Cancels the rendering and the register write.</param>
    public async Task<ReportFile> IssueAsync(PublicOrganisation organisation, string districtName, ReportChannel channel, string verifyBaseUrl, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var all = await pages.AllSectionsAsync(organisation.SubjectId, DossierAudience.Public, EntriesPerSection, cancellationToken);
        var tabs = all.Select(a => a.Tab).ToList();
        var sections = all.Select(a => new CreditReportSection(a.Tab.Name, a.Tab.Count, a.Entries)).ToList();

        var header = DossierHeader.ForPublic(organisation, districtName, tabs);
        var overview = new List<KeyValuePair<string, string>> { new("名称", organisation.Name) };
        overview.AddRange(header.Facts);

        var number = NewNumber(now);
        var code = NewCode();
        var document = new CreditReportDocument(
            number, code, now, $"{verifyBaseUrl.TrimEnd('/')}/{number}?code={code}",
            organisation.Name, organisation.Uscc, overview, sections, Disclaimer);
        var bytes = pdf.Render(document);

        db.Reports.Add(new IssuedReport
        {
            Number = number,
            VerificationCode = code,
            SubjectId = organisation.SubjectId,
            Uscc = organisation.Uscc,
            SubjectName = organisation.Name,
            IssuedAt = now,
            IssuedBy = staff.IsAuthenticated ? staff.UserName ?? "?" : "公众",
            Channel = channel,
            ContentSha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            SizeBytes = bytes.Length,
            Summary = Summarise(sections),
        });
        await db.SaveChangesAsync(cancellationToken);
        return new ReportFile(number, code, $"信用报告-{organisation.Uscc}-{number}.pdf", bytes, document);
    }

    /// <summary>
    /// The report with this number when the code matches, else null: an unknown number and a wrong code answer
    /// the same, so the page cannot be used to find out which numbers exist.
    /// </summary>
    public async Task<IssuedReport?> VerifyAsync(string? number, string? code, CancellationToken cancellationToken)
    {
        var n = (number ?? "").Trim().ToUpperInvariant();
        var c = (code ?? "").Trim().ToUpperInvariant();
        if (n.Length is < 10 or > 24 || c.Length != 8)
        {
            return null;
        }

        var report = await db.Reports.AsNoTracking().FirstOrDefaultAsync(r => r.Number == n, cancellationToken);
        return report is not null && CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(report.VerificationCode), System.Text.Encoding.ASCII.GetBytes(c))
            ? report
            : null;
    }

    /// <summary>The register, newest first (credit office).</summary>
    public async Task<PagedList<IssuedReport>> ListAsync(string? uscc, int page, CancellationToken cancellationToken)
    {
        const int pageSize = 30;
        page = Math.Max(1, page);
        var source = db.Reports.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(uscc))
        {
            var code = uscc.Trim().ToUpperInvariant();
            source = source.Where(r => r.Uscc == code);
        }

        var total = await source.LongCountAsync(cancellationToken);
        var rows = await source.OrderByDescending(r => r.IssuedAt).ThenByDescending(r => r.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedList<IssuedReport>(rows, page, pageSize, total);
    }

    /// <summary>HZXY + the date in Shanghai + 8 random digits: not guessable from a neighbouring report.</summary>
    internal static string NewNumber(DateTimeOffset now) =>
        "HZXY" + ShanghaiTime.ToShanghai(now).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)
        + RandomNumberGenerator.GetInt32(0, 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Eight characters without look-alikes (no 0/O, 1/I).</summary>
    internal static string NewCode() => RandomNumberGenerator.GetString(CodeAlphabet, 8);

    private static string Summarise(IEnumerable<CreditReportSection> sections)
    {
        var text = string.Join("；", sections.Select(s => $"{s.Name} {s.TotalCount} 条"));
        return text.Length <= 1000 ? text : text[..1000];
    }
}
