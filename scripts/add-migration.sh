#!/usr/bin/env bash
# Adds an EF Core migration to one module and keeps it internal (modules expose nothing but their
# registration; `dotnet ef` generates public classes).
# Usage: scripts/add-migration.sh <Module> <MigrationName>     e.g. scripts/add-migration.sh Subjects AddCreditRecords
#        scripts/add-migration.sh Platform <MigrationName>     (the host's own tables)
set -euo pipefail
cd "$(dirname "$0")/.."
module="${1:?module name (Identity, Subjects, ... or Platform)}"
name="${2:?migration name}"
dotnet tool restore >/dev/null
if [ "$module" = "Platform" ]; then
  project=src/Huzhou.Credit.Web; context=PlatformDbContext
else
  project="src/Modules/Huzhou.Credit.$module"
  context=$(grep -rhoE 'class [A-Za-z]+DbContext\(' "$project/Persistence" | head -n1 | sed -E 's/class ([A-Za-z]+)\(/\1/')
fi
dotnet ef migrations add "$name" --project "$project" --startup-project src/Huzhou.Credit.Web \
  --context "$context" --output-dir Persistence/Migrations
sed -i -E 's/^    public partial class /    internal partial class /' "$project"/Persistence/Migrations/*.cs
echo "added $name to $project (classes made internal)"
