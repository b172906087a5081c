namespace Huzhou.Credit.Contracts.Lists;

/// <summary>The list types (名单类别) the city keeps. Implemented by the Lists module.</summary>
public interface IListTypes
{
    /// <summary>Every list type, active or not, in display order.</summary>
    Task<IReadOnlyList<ListTypeInfo>> ListTypesAsync(CancellationToken cancellationToken = default);
}
