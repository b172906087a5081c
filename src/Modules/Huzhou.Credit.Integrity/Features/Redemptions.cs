using Huzhou.Credit.Integrity.Domain;
using Huzhou.Credit.Integrity.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Huzhou.Credit.Integrity.Features;

/// <summary>Verification at a scenario and its redemption (核销): the code must be valid, open the scenario, and not have been used for it before.</summary>
internal sealed class Redemptions(IntegrityDbContext db, IntegrityCodes codes, TimeProvider clock)
{
    /// <summary>The active scenarios a verified code opens.</summary>
    public Task<IReadOnlyList<IncentiveScenario>> OpenedAsync(VerifiedCode code, CancellationToken cancellationToken) =>
        OpenedAsync(code.Level, cancellationToken);

    /// <summary>The active scenarios a level opens.</summary>
    public async Task<IReadOnlyList<IncentiveScenario>> OpenedAsync(int level, CancellationToken cancellationToken) =>
        await db.Scenarios.AsNoTracking().Where(s => s.Active && s.MinLevel <= level).OrderBy(s => s.Category).ThenBy(s => s.Code).ToListAsync(cancellationToken);

    public async Task<(RedemptionOutcome Outcome, string Message, VerifiedCode? Code, Redemption? Redemption)> RedeemAsync(string? code, string? scenarioCode, string verifier, CancellationToken cancellationToken)
    {
        var (verified, problem) = await codes.VerifyAsync(code, cancellationToken);
        if (verified is null)
        {
            return (RedemptionOutcome.InvalidCode, problem!, null, null);
        }

        if (verified.Test)
        {
            return (RedemptionOutcome.InvalidCode, "这是测试码：可用于核验接口联调，不能登记使用。", verified, null);
        }

        var scenario = await db.Scenarios.AsNoTracking().FirstOrDefaultAsync(s => s.Code == scenarioCode && s.Active, cancellationToken);
        if (scenario is null)
        {
            return (RedemptionOutcome.UnknownScenario, $"激励场景“{scenarioCode}”不存在或已停用。", verified, null);
        }

        if (verified.Level < scenario.MinLevel)
        {
            return (RedemptionOutcome.LevelTooLow, $"“{scenario.Name}”需要{IntegrityLevels.Name(scenario.MinLevel)}及以上，持码人为{IntegrityLevels.Name(verified.Level)}。", verified, null);
        }

        var redemption = new Redemption
        {
            ScenarioCode = scenario.Code, TokenId = verified.TokenId, Issuer = verified.Issuer, Level = verified.Level, Verifier = verifier, RedeemedAt = clock.GetUtcNow(),
        };
        db.Redemptions.Add(redemption);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return (RedemptionOutcome.Replayed, "该诚信码已在本场景使用过：请持码人刷新后重新出示。", verified, null);
        }

        return (RedemptionOutcome.Recorded, $"已登记：{scenario.Name}（{scenario.Benefit}）。", verified, redemption);
    }
}
