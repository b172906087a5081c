using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Collection.Features;

/// <summary>
/// Who may deliver an item: the departments the catalogue names as its providers, and their district branches (a
/// department code is <c>district-unit</c>: <c>CX-SJJ</c> is the 长兴 branch of <c>HZ-SJJ</c>). The credit office
/// delivers on behalf of such a department, never in its own name. Enforced for uploads, the API and the nightly feeds;
/// the platform's own modules (<c>IRecordDelivery</c>) deliver what their workflows produced.
/// </summary>
internal static class Providers
{
    public static bool Provides(CatalogueItemVersion item, string? department)
    {
        if (string.IsNullOrEmpty(department))
        {
            return false;
        }

        var unit = Unit(department);
        return item.ProviderDepartments.Any(p => p == department || Unit(p) == unit);
    }

    /// <summary>Why a department may not deliver an item, in Chinese.</summary>
    public static string Refusal(CatalogueItemVersion item, string? departmentName) =>
        $"{departmentName ?? "该部门"}不是“{item.Name}”的报送部门，不能报送该信息项（目录规定的报送部门：{string.Join("、", item.ProviderDepartments)}）。" +
        "如确需报送，请联系信用办在信用目录中增加报送部门。";

    private static string Unit(string code) => code.IndexOf('-', StringComparison.Ordinal) is var dash and >= 0 ? code[(dash + 1)..] : code;
}
