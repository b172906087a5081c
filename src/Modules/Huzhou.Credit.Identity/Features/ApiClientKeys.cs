using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Identity.ApiKeys;
using Huzhou.Credit.Identity.Domain;
using Huzhou.Credit.Identity.Persistence;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Huzhou.Credit.Identity.Features;

/// <summary>API clients of business systems: keys issued (shown once) and revoked. Only a key's hash is stored. Audited.</summary>
internal sealed class ApiClientKeys(CreditIdentityDbContext db, IAuditLog audit, IMemoryCache cache, TimeProvider clock)
{
    /// <summary>Every client, the active ones first, newest first.</summary>
    public Task<List<ApiClient>> ListAsync(CancellationToken cancellationToken) =>
        db.ApiClients.AsNoTracking().Include(c => c.Department).OrderBy(c => c.RevokedAt != null).ThenByDescending(c => c.CreatedAt).ToListAsync(cancellationToken);

    public async Task<IssuedKey> IssueAsync(NewApiClient request, string actor, CancellationToken cancellationToken)
    {
        var (key, prefix, hash) = ApiKeyFormat.Generate();
        var client = new ApiClient
        {
            Name = request.Name.Trim(),
            DepartmentId = request.DepartmentId,
            KeyPrefix = prefix,
            KeyHash = hash,
            Scopes = [.. request.Scopes.Distinct()],
            RateLimitPerMinute = request.RateLimitPerMinute,
            IsTest = request.IsTest,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = actor,
        };
        db.ApiClients.Add(client);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("identity.api-client.issue", "Identity", Detail: $"签发 API 客户端 {client.Name}（hzc_{prefix}）{(client.IsTest ? "，测试客户端" : "")}"), cancellationToken);
        return new IssuedKey(key, client.Name);
    }

    /// <summary>Revokes the client's key (at once: its cached entry is dropped); revoking it again changes nothing. The client's name.</summary>
    public async Task<Result<string>> RevokeAsync(long id, string? reason, string? actor, CancellationToken cancellationToken)
    {
        var client = await db.ApiClients.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (client is null)
        {
            return Result<string>.NotFound("API 客户端不存在。");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result<string>.Failure("吊销 API 密钥时请填写原因。");
        }

        if (client.RevokedAt is null)
        {
            client.RevokedAt = clock.GetUtcNow();
            client.RevokedBy = actor;
            client.RevokeReason = reason.Trim();
            await db.SaveChangesAsync(cancellationToken);
            cache.Remove("api-client:" + client.KeyPrefix);
            await audit.WriteAsync(new AuditEntry("identity.api-client.revoke", "Identity", Detail: $"吊销 API 客户端 {client.Name}（hzc_{client.KeyPrefix}）：{client.RevokeReason}"), cancellationToken);
        }

        return Result<string>.Success(client.Name);
    }

    /// <summary>
    /// Marks the client as a test client (测试客户端) or clears the mark: its checks are then left out of (or counted in)
    /// the statistics by default. Audited when it changes anything; the client's name.
    /// </summary>
    public async Task<Result<string>> MarkTestAsync(long id, bool isTest, CancellationToken cancellationToken)
    {
        var client = await db.ApiClients.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (client is null)
        {
            return Result<string>.NotFound("API 客户端不存在。");
        }

        if (client.IsTest != isTest)
        {
            client.IsTest = isTest;
            await db.SaveChangesAsync(cancellationToken);
            await audit.WriteAsync(new AuditEntry("identity.api-client.test", "Identity", Detail: isTest
                ? $"将 API 客户端 {client.Name}（hzc_{client.KeyPrefix}）标记为测试客户端：其核查默认不计入统计"
                : $"取消 API 客户端 {client.Name}（hzc_{client.KeyPrefix}）的测试客户端标记：其核查计入统计"), cancellationToken);
        }

        return Result<string>.Success(client.Name);
    }
}
