using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Integrity.Domain;
using Huzhou.Credit.Integrity.Persistence;
using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Integrity.Features;

/// <summary>
/// Test codes for a verifier integrating the API: a code that verifies with the level chosen and is never redeemed.
/// The credit office only; each one is audited.
/// </summary>
internal sealed class TestCodes(IntegrityCodes codes, ICurrentStaff staff, IAuditLog audit)
{
    public async Task<Result<TestCode>> IssueAsync(int level, CancellationToken cancellationToken)
    {
        if (!staff.IsInRole(CreditRoles.CreditOffice))
        {
            return Result<TestCode>.Forbidden("只有信用办可以生成测试码。");
        }

        if (level is < 1 or > 5)
        {
            return Result<TestCode>.Failure("诚信等级应为 1 至 5。", "level");
        }

        var (code, expires) = await codes.IssueAsync(level, cancellationToken, test: true);
        await audit.WriteAsync(new AuditEntry("integrity.test-code", IntegrityDbContext.ModuleName, Detail: $"生成测试码（{IntegrityLevels.Name(level)}）"), cancellationToken);
        return Result<TestCode>.Success(new TestCode(level, code, expires));
    }
}
