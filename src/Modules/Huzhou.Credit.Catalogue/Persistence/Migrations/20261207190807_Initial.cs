using System;
using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Huzhou.Credit.Catalogue.Persistence.Migrations
{
    /// <summary>
    /// The module's schema in one migration: its migrations up to issue #25 squashed (docs/operations.md, "Changing the
    /// database"); <c>migrate</c> rebaselines a database that has all of them applied.
    /// </summary>
    [ReplacesMigrations(
        "20261126211528_Initial",
        "20261207125457_OptionSynonyms")]
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "credit");

            migrationBuilder.CreateTable(
                name: "catalogue_items",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    current_version = table.Column<int>(type: "integer", nullable: false),
                    is_retired = table.Column<bool>(type: "boolean", nullable: false),
                    retired_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    retired_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    retired_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_catalogue_items", x => x.id);
                    table.CheckConstraint("ck_catalogue_items_retired", "NOT is_retired OR (retired_at IS NOT NULL AND retired_reason IS NOT NULL)");
                });

            migrationBuilder.CreateTable(
                name: "catalogue_option_synonyms",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    item_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    field_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    text = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    normalised = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    note = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    deactivated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deactivated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_catalogue_option_synonyms", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "publicity_rule_versions",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    basis_document = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_publicity_rule_versions", x => x.id);
                    table.UniqueConstraint("ak_publicity_rule_versions_code", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "catalogue_item_versions",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    item_id = table.Column<long>(type: "bigint", nullable: false),
                    item_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    section = table.Column<short>(type: "smallint", nullable: false),
                    nature = table.Column<short>(type: "smallint", nullable: false),
                    subject_kinds = table.Column<int[]>(type: "integer[]", nullable: false),
                    provider_departments = table.Column<string[]>(type: "text[]", nullable: false),
                    disclosure = table.Column<short>(type: "smallint", nullable: false),
                    publicity_rule = table.Column<short>(type: "smallint", nullable: false),
                    publicity_months = table.Column<int>(type: "integer", nullable: true),
                    update_frequency = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    keys = table.Column<string>(type: "jsonb", nullable: false),
                    fields = table.Column<string>(type: "jsonb", nullable: false),
                    change_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_catalogue_item_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_catalogue_item_versions_catalogue_items_item_id",
                        column: x => x.item_id,
                        principalSchema: "credit",
                        principalTable: "catalogue_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "penalty_class_mappings",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    rule_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    penalty_kind = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    procedure = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    sector = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    minimum_fine = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    @class = table.Column<short>(name: "class", type: "smallint", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    note = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    deactivated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deactivated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_penalty_class_mappings", x => x.id);
                    table.ForeignKey(
                        name: "fk_penalty_class_mappings_publicity_rule_versions_rule_code",
                        column: x => x.rule_code,
                        principalSchema: "credit",
                        principalTable: "publicity_rule_versions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "publicity_rule_periods",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    rule_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    @class = table.Column<short>(name: "class", type: "smallint", nullable: false),
                    sector = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    published = table.Column<bool>(type: "boolean", nullable: false),
                    min_months = table.Column<int>(type: "integer", nullable: true),
                    max_months = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_publicity_rule_periods", x => x.id);
                    table.CheckConstraint("ck_publicity_rule_periods_months", "min_months IS NULL OR max_months IS NULL OR min_months <= max_months");
                    table.ForeignKey(
                        name: "fk_publicity_rule_periods_publicity_rule_versions_rule_code",
                        column: x => x.rule_code,
                        principalSchema: "credit",
                        principalTable: "publicity_rule_versions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_catalogue_item_versions_item_code_version",
                schema: "credit",
                table: "catalogue_item_versions",
                columns: new[] { "item_code", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_catalogue_item_versions_item_id",
                schema: "credit",
                table: "catalogue_item_versions",
                column: "item_id");

            migrationBuilder.CreateIndex(
                name: "ix_catalogue_items_code",
                schema: "credit",
                table: "catalogue_items",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_catalogue_option_synonyms_item_code_field_key_normalised",
                schema: "credit",
                table: "catalogue_option_synonyms",
                columns: new[] { "item_code", "field_key", "normalised" },
                unique: true,
                filter: "is_active");

            migrationBuilder.CreateIndex(
                name: "ix_penalty_class_mappings_is_active",
                schema: "credit",
                table: "penalty_class_mappings",
                column: "is_active");

            migrationBuilder.CreateIndex(
                name: "ix_penalty_class_mappings_rule_code",
                schema: "credit",
                table: "penalty_class_mappings",
                column: "rule_code");

            migrationBuilder.CreateIndex(
                name: "ix_publicity_rule_periods_rule_code_class_sector",
                schema: "credit",
                table: "publicity_rule_periods",
                columns: new[] { "rule_code", "class", "sector" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "catalogue_item_versions",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "catalogue_option_synonyms",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "penalty_class_mappings",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "publicity_rule_periods",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "catalogue_items",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "publicity_rule_versions",
                schema: "credit");
        }
    }
}
