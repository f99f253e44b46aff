#include "logging.h"

Q_LOGGING_CATEGORY(lcPipeline, "invoicedash.pipeline", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIngest, "invoicedash.ingest", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPreprocess, "invoicedash.preprocess", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOcr, "invoicedash.ocr", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExtract, "invoicedash.extract", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "invoicedash.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMetrics, "invoicedash.metrics", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "invoicedash.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServer, "invoicedash.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "invoicedash.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "invoicedash.app", QtInfoMsg)
