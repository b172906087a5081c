namespace Huzhou.Credit.Contracts.Lists;

/// <summary>A kind of red or black list, for pickers and for naming a list-type code.</summary>
/// <param name="Code">Stable code, e.g. SXBZXR.</param>
/// <param name="Name">Its Chinese name, e.g. 失信被执行人名单.</param>
/// <param name="IsBlack">A black list (失信惩戒) rather than a red list (守信激励).</param>
/// <param name="IsActive">Whether new entries may be made in it; inactive types still name old rules and entries.</param>
public sealed record ListTypeInfo(string Code, string Name, bool IsBlack, bool IsActive);
