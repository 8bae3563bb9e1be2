// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelfile.h"

#include "modeldocument.h"
#include "modeljson.h"

#include <QFile>
#include <QSaveFile>

namespace antrum {

namespace {

Diagnostic fileProblem(const QString &path, const QString &message)
{
    return Diagnostic{path, 0, 0, QString(), message};
}

ModelFileResult loadDocumentFile(const QString &path)
{
    ModelFileResult result;
    result.kind = ModelFileKind::Document;
    ModelDocument::Error error;
    std::unique_ptr<ModelDocument> document = ModelDocument::open(path, ModelDocument::Mode::ReadOnly, &error);
    std::optional<Model> model = document ? document->load(&error) : std::nullopt;
    if (model) {
        result.model = std::move(model);
        return result;
    }
    result.status = error.kind == ModelDocument::Error::Kind::Unreadable ? ModelFileResult::Status::Unreadable
                                                                         : ModelFileResult::Status::Invalid;
    result.diagnostics = error.diagnostics;
    if (result.diagnostics.empty())
        result.diagnostics.push_back(Diagnostic{QString(), 0, 0, QString(), error.message});
    return result;
}

} // namespace

std::optional<ModelFileKind> detectModelFileKind(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray head = file.read(16);
    return head == QByteArrayView("SQLite format 3\0", 16) ? ModelFileKind::Document
                                                           : ModelFileKind::Json;
}

ModelFileResult loadModelFile(const QString &path)
{
    ModelFileResult result;
    QFile file(path);
    if (!file.exists()) {
        result.status = ModelFileResult::Status::Unreadable;
        result.diagnostics.push_back(fileProblem(path, QStringLiteral("no such file")));
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.status = ModelFileResult::Status::Unreadable;
        result.diagnostics.push_back(fileProblem(path, file.errorString()));
        return result;
    }
    const std::optional<ModelFileKind> kind = detectModelFileKind(path);
    result.kind = kind.value_or(ModelFileKind::Json);
    if (result.kind == ModelFileKind::Document) {
        file.close();
        return loadDocumentFile(path);
    }
    const JsonLimits limits;
    if (file.size() > limits.maxBytes) {
        result.status = ModelFileResult::Status::Invalid;
        result.diagnostics.push_back(fileProblem(
            path, QStringLiteral("file is %1 MiB, more than the %2 MiB a JSON model may have")
                      .arg(file.size() >> 20)
                      .arg(limits.maxBytes >> 20)));
        return result;
    }
    const QByteArray text = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        result.status = ModelFileResult::Status::Unreadable;
        result.diagnostics.push_back(fileProblem(path, file.errorString()));
        return result;
    }
    ModelReadResult read = readModelJson(text, path, limits);
    result.diagnostics = std::move(read.diagnostics);
    result.model = std::move(read.model);
    result.index = std::move(read.index);
    result.status = result.model ? ModelFileResult::Status::Ok : ModelFileResult::Status::Invalid;
    return result;
}

QString saveModelFile(const Model &model, const QString &path, ModelFileKind kind)
{
    if (kind == ModelFileKind::Document) {
        ModelDocument::Error error;
        return ModelDocument::create(path, model, &error) ? QString() : error.message;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    const QByteArray text = writeModelJson(model);
    if (file.write(text) != text.size() || !file.commit())
        return file.errorString();
    return {};
}

} // namespace antrum
