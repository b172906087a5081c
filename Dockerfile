# syntax=docker/dockerfile:1
# Huzhou.Credit container image.
#   docker build -t huzhou-credit:local .        (or: docker compose up --build, see docker-compose.yml)
# The .NET 10 images are Ubuntu 24.04 based: nodejs/npm and fonts come from its apt repositories.

# ---- project files only, so that the restore layer is cached until a project file changes
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS projects
WORKDIR /src
COPY . .
RUN find . -type f ! \( -name '*.csproj' -o -name '*.props' -o -name '*.targets' -o -name '*.sln' -o -name '*.slnx' \
        -o -name 'global.json' -o -iname 'nuget.config' \) -delete \
 && find . -mindepth 1 -type d -empty -delete

# ---- build: npm packages (bootstrap into wwwroot/lib) + dotnet publish
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY --from=projects /src/ ./
RUN dotnet restore src/Huzhou.Credit.Web/Huzhou.Credit.Web.csproj
COPY . .
RUN cd src/Huzhou.Credit.Web \
 && if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
RUN dotnet publish src/Huzhou.Credit.Web/Huzhou.Credit.Web.csproj -c Release -o /app --no-restore -p:UseAppHost=false

# ---- runtime
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# CJK fonts for server-side PDFs and images; fontconfig so that they are found.
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-noto-cjk fonts-droid-fallback fonts-dejavu-core fontconfig \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
# The app writes to disk in two places only: logs/ (rolling files) and data/ (uploaded and fetched department files
# until their batch completes: Collection:StoragePath). Mount volumes on both (docker-compose.yml does).
RUN mkdir -p /app/logs /app/data/collection && chown -R "$APP_UID" /app/logs /app/data
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_HTTP_PORTS= \
    DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    Collection__StoragePath=/app/data/collection
# Non-root user "app" (uid 1654) provided by the .NET base images.
USER $APP_UID
VOLUME ["/app/logs", "/app/data"]
EXPOSE 8080
# No curl/wget in this image: bash's /dev/tcp speaks just enough HTTP to check /health/live.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health/live HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["dotnet", "Huzhou.Credit.Web.dll"]
