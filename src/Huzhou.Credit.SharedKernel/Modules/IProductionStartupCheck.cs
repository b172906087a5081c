namespace Huzhou.Credit.SharedKernel.Modules;

/// <summary>
/// A reason for the application to refuse to start in the Production environment (demo keys, demo accounts...). The host
/// runs every registered check at start-up in Production and stops with the first reason it gets (a fatal log line, exit
/// code 1). Register as a singleton or scoped service.
/// </summary>
public interface IProductionStartupCheck
{
    /// <summary>Null when all is well; otherwise one sentence for the operator saying what to change.</summary>
    Task<string?> RefusalReasonAsync(CancellationToken cancellationToken);
}
