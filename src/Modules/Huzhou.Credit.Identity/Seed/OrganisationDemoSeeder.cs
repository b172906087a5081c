using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Identity.Domain;
using Huzhou.Credit.Identity.Persistence;
using Huzhou.Credit.SharedKernel.Modules;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Identity.Seed;

/// <summary>
/// Demo organisation users, once the registry exists: <c>qiye.demo</c> (verified, a construction company, so its grades
/// show) and two registrations waiting in the credit office's queue. Idempotent.
/// </summary>
internal sealed class OrganisationDemoSeeder(CreditIdentityDbContext db, ISubjectDirectory subjects, IEnumerable<Huzhou.Credit.Contracts.Evaluation.IEvaluationGrades> evaluations, TimeProvider clock) : IDemoSeeder
{
    public const string DemoLogin = Huzhou.Credit.Contracts.Identity.OrganisationAccountDefaults.DemoLogin;

    // After the registry (10) and the grading run (45).
    public int Order => 46;

    public async Task<string?> SeedAsync(DemoSeedOptions options, CancellationToken cancellationToken)
    {
        if (await db.OrganisationAccounts.AnyAsync(a => a.LoginName == DemoLogin, cancellationToken))
        {
            return null;
        }

        // A construction company with grades for the demo account (so its evaluation page has content), two others pending.
        var companies = new List<OrganisationProfile>();
        await foreach (var p in subjects.StreamOrganisationProfilesAsync(["E"], cancellationToken))
        {
            if (p.Active && p.Code.Length == 18 && p.Name.EndsWith("公司", StringComparison.Ordinal))
            {
                companies.Add(p);
            }

            if (companies.Count >= 200)
            {
                break;
            }
        }

        if (companies.Count < 3)
        {
            return null;
        }

        foreach (var evaluation in evaluations)
        {
            var graded = await evaluation.CurrentGradesAsync([.. companies.Select(c => c.SubjectId)], cancellationToken);
            var first = companies.FindIndex(c => graded.ContainsKey(c.SubjectId));
            if (first > 0)
            {
                (companies[0], companies[first]) = (companies[first], companies[0]);
            }
        }

        var hasher = new PasswordHasher<OrganisationAccount>();
        var now = clock.GetUtcNow();
        var rows = new[]
        {
            (Login: DemoLogin, Company: companies[0], Handler: "沈建国", Status: OrganisationAccountStatus.Verified, Days: 30),
            (Login: "qiye.pending1", Company: companies[1], Handler: "陆晓燕", Status: OrganisationAccountStatus.Pending, Days: 1),
            (Login: "qiye.pending2", Company: companies[2], Handler: "钱志明", Status: OrganisationAccountStatus.Pending, Days: 0),
        };
        foreach (var r in rows)
        {
            var account = new OrganisationAccount
            {
                LoginName = r.Login, SubjectId = r.Company.SubjectId, OrganisationName = r.Company.Name, Uscc = r.Company.Code, DistrictCode = r.Company.DistrictCode,
                HandlerName = r.Handler, Status = r.Status, CreatedAt = now.AddDays(-r.Days), CreatedBy = "self",
                DecidedAt = r.Status == OrganisationAccountStatus.Verified ? now.AddDays(-r.Days + 1) : null,
                DecidedBy = r.Status == OrganisationAccountStatus.Verified ? "xinyongban" : null,
            };
            account.PasswordHash = hasher.HashPassword(account, IdentityDemoSeeder.DemoPassword);
            db.OrganisationAccounts.Add(account);
        }

        await db.SaveChangesAsync(cancellationToken);
        return $"企业用户：{DemoLogin}（{companies[0].Name}，已核实），另有 2 个注册待信用办核实。";
    }
}
